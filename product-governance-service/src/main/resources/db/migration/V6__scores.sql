-- Merchant experience and product quality scores (package dev.livecommerce.governance.score).

-- Every consumed input, kept as a fact so that scores can be recomputed from scratch at any time: a replay, an
-- expiry or a correction recomputes from these rows and reaches the same result as the first computation.
-- (kind, fact_ref) is the fact's natural identity, so the same fact delivered under two event ids counts once.
create table score_fact (
    id             bigserial    primary key,
    kind           varchar(32)  not null
        check (kind in ('LISTING_DECISION', 'LIVESTREAM_VIOLATION', 'REFUND_REQUEST', 'LATE_SHIPMENT')),
    fact_ref       varchar(128) not null,
    event_id       uuid         not null,
    merchant_id    varchar(64)  not null,
    listing_id     uuid,
    order_id       varchar(128),
    occurred_at    timestamptz  not null,
    -- decision outcome, violation severity, refund reason, or WAIVED / NOT_WAIVED for a late shipment
    label          varchar(40)  not null,
    -- the sub-score the fact lowers and by how many penalty points, fixed by the scoring model when recorded
    sub_score      varchar(16)  not null check (sub_score in ('PRODUCT', 'LOGISTICS', 'SERVICE')),
    penalty_points integer      not null check (penalty_points >= 0),
    recorded_at    timestamptz  not null default now(),
    constraint score_fact_identity unique (kind, fact_ref)
);

create index score_fact_merchant on score_fact (merchant_id, occurred_at);
create index score_fact_listing on score_fact (listing_id, occurred_at) where listing_id is not null;
create index score_fact_occurred_at on score_fact (occurred_at);

-- A merchant's scores as last computed, and as last published in merchant-score-changed: changes smaller than the
-- publishing step accumulate against the published values instead of being lost.
create table merchant_score (
    merchant_id              varchar(64)  primary key,
    overall                  numeric(4,1) not null default 100 check (overall between 0 and 100),
    product                  numeric(4,1) not null default 100 check (product between 0 and 100),
    logistics                numeric(4,1) not null default 100 check (logistics between 0 and 100),
    service                  numeric(4,1) not null default 100 check (service between 0 and 100),
    published_overall        numeric(4,1) not null default 100,
    published_product        numeric(4,1) not null default 100,
    published_logistics      numeric(4,1) not null default 100,
    published_service        numeric(4,1) not null default 100,
    product_penalty_points   integer      not null default 0,
    logistics_penalty_points integer      not null default 0,
    service_penalty_points   integer      not null default 0,
    listings_decided         integer      not null default 0,
    listings_intercepted     integer      not null default 0,
    listing_decisions        integer      not null default 0,
    livestream_violations    integer      not null default 0,
    refund_requests          integer      not null default 0,
    quality_complaints       integer      not null default 0,
    late_shipments           integer      not null default 0,
    window_days              integer      not null,
    computed_at              timestamptz  not null,
    -- when the oldest counted fact leaves the window; the expiry job recomputes the merchant then
    next_expiry_at           timestamptz
);

create index merchant_score_next_expiry on merchant_score (next_expiry_at) where next_expiry_at is not null;

create table listing_score (
    listing_id        uuid         primary key,
    merchant_id       varchar(64)  not null,
    score             numeric(4,1) not null default 100 check (score between 0 and 100),
    latest_outcome    varchar(20),
    decisions_counted integer      not null default 0,
    violation_points  integer      not null default 0,
    window_days       integer      not null,
    computed_at       timestamptz  not null,
    next_expiry_at    timestamptz
);

create index listing_score_next_expiry on listing_score (next_expiry_at) where next_expiry_at is not null;
