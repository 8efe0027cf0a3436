-- Facts that no longer count: listing decisions overturned on appeal. Kept apart from the facts, so an overturn
-- consumed before the decision it overturns still voids it, and a replayed decision stays void.
create table score_fact_voided (
    kind      varchar(32)  not null,
    fact_ref  varchar(128) not null,
    appeal_id uuid         not null,
    event_id  uuid         not null,
    voided_at timestamptz  not null,
    primary key (kind, fact_ref)
);

create index score_fact_voided_at on score_fact_voided (voided_at);
