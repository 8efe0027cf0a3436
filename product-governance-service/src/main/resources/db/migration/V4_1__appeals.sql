-- Appeals against listing decisions (target_id = review id) and penalties (target_id = penalty id).
create table appeal (
    id               uuid          primary key,
    merchant_id      varchar(64)   not null,
    target_type      varchar(20)   not null check (target_type in ('LISTING_DECISION', 'PENALTY')),
    target_id        uuid          not null,
    listing_id       uuid,
    statement        varchar(2000) not null,
    evidence         jsonb         not null,
    status           varchar(12)   not null check (status in ('OPEN', 'UPHELD', 'OVERTURNED')),
    filed_at         timestamptz   not null,
    decision_due_at  timestamptz   not null,
    decided_at       timestamptz,
    reviewer_id      varchar(128),
    decision_reason  varchar(2000),
    -- What an overturn restored, as appeal-decided announced it.
    overturn         jsonb,
    idempotency_key  varchar(128)  not null,
    request_hash     varchar(64)   not null,
    constraint appeal_idempotency unique (merchant_id, idempotency_key),
    constraint appeal_decided check ((status = 'OPEN') = (decided_at is null)),
    constraint appeal_listing check ((target_type = 'LISTING_DECISION') = (listing_id is not null))
);

-- One open appeal per target, whatever the race between two filings.
create unique index appeal_one_open_per_target on appeal (target_type, target_id) where status = 'OPEN';
create index appeal_open_queue on appeal (filed_at) where status = 'OPEN';
create index appeal_merchant on appeal (merchant_id, filed_at);
create index appeal_target on appeal (target_type, target_id);

-- Every decided appeal counts once for each rule version that fired in the appealed decisions: the overturn rate
-- per rule version, which flags rules that misjudge (and which the rule lifecycle reads to demote them).
create table rule_appeal_outcome (
    rule_id      varchar(128) not null,
    rule_version integer      not null check (rule_version >= 1),
    appeal_id    uuid         not null references appeal (id),
    outcome      varchar(12)  not null check (outcome in ('UPHELD', 'OVERTURNED')),
    decided_at   timestamptz  not null,
    primary key (appeal_id, rule_id, rule_version)
);

create index rule_appeal_outcome_rule on rule_appeal_outcome (rule_id, rule_version);
