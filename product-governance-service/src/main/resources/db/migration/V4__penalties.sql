-- Violation points and the penalty ladder. Fed by the service's own listing-reviewed events (consumer
-- merchant-penalties); nothing here references the listing tables, so a replay of the topic rebuilds it.

-- The decisions that can carry points or be appealed, as listing-reviewed announced them: INTERCEPTED ones, and
-- MANUAL_REVIEW ones, whose time starts the clock of the reviewer's later decision.
create table penalty_review (
    review_id    uuid         primary key,
    listing_id   uuid         not null,
    merchant_id  varchar(64)  not null,
    revision     integer      not null check (revision >= 1),
    outcome      varchar(20)  not null check (outcome in ('INTERCEPTED', 'MANUAL_REVIEW')),
    decided_by   varchar(10)  not null,
    reviewed_at  timestamptz  not null,
    -- When the violation was first flagged: reviewed_at, or for a reviewer's decision the first MANUAL_REVIEW time.
    flagged_at   timestamptz  not null,
    received_at  timestamptz  not null default now()
);

create index penalty_review_listing on penalty_review (listing_id, revision, reviewed_at);

-- The points one rule added in one decision: once per (review, rule), however many spans of it fired.
create table violation_points (
    id                  bigserial    primary key,
    review_id           uuid         not null references penalty_review (review_id),
    merchant_id         varchar(64)  not null,
    listing_id          uuid         not null,
    rule_id             varchar(128) not null,
    rule_version        integer      not null check (rule_version >= 1),
    points              integer      not null check (points between 0 and 48),
    violated_at         timestamptz  not null,
    expires_at          timestamptz  not null,
    voided_at           timestamptz,
    voided_by_appeal_id uuid,
    constraint violation_points_once unique (review_id, rule_id),
    constraint violation_points_voided check ((voided_at is null) = (voided_by_appeal_id is null))
);

create index violation_points_active on violation_points (merchant_id, expires_at) where voided_at is null;
create index violation_points_history on violation_points (merchant_id, violated_at desc);

-- One row per merchant that ever had points: the level in force and what the ladder remembers.
create table merchant_standing (
    merchant_id             varchar(64)  primary key,
    level                   varchar(24)  not null,
    active_points           integer      not null check (active_points >= 0),
    -- The threshold the merchant was warned about in its current approach (null: not within the margin).
    warned_threshold_points integer,
    -- +1 on every change of points or level; events carry it so subscribers can order them across topics.
    version                 bigint       not null check (version >= 0),
    -- When the earliest active points expire: the expiry job's work list.
    next_expiry_at          timestamptz,
    updated_at              timestamptz  not null
);

create index merchant_standing_next_expiry on merchant_standing (next_expiry_at) where next_expiry_at is not null;

-- A penalty enforces one level; a merchant at TRAFFIC_LIMITED has the LISTING_RESTRICTED and TRAFFIC_LIMITED
-- penalties in force. A penalty is lifted when its level no longer holds.
create table merchant_penalty (
    id                    uuid         primary key,
    merchant_id           varchar(64)  not null,
    level                 varchar(24)  not null,
    threshold_points      integer      not null check (threshold_points >= 1),
    active_points         integer      not null check (active_points >= 0),
    triggered_by_review_id uuid        not null references penalty_review (review_id),
    effective_at          timestamptz  not null,
    lifted_at             timestamptz,
    lift_reason           varchar(24),
    lifted_by_appeal_id   uuid,
    constraint merchant_penalty_lift check ((lifted_at is null) = (lift_reason is null))
);

create index merchant_penalty_merchant on merchant_penalty (merchant_id, effective_at desc);
create unique index merchant_penalty_one_in_force on merchant_penalty (merchant_id, level) where lifted_at is null;

-- The violations behind a penalty: the active points that made the level when it was enforced.
create table penalty_violation (
    penalty_id          uuid   not null references merchant_penalty (id),
    violation_points_id bigint not null references violation_points (id),
    primary key (penalty_id, violation_points_id)
);

create table merchant_warning (
    id                uuid         primary key,
    merchant_id       varchar(64)  not null,
    level             varchar(24)  not null,
    active_points     integer      not null check (active_points >= 0),
    threshold_level   varchar(24)  not null,
    threshold_points  integer      not null check (threshold_points >= 1),
    review_id         uuid         not null references penalty_review (review_id),
    warned_at         timestamptz  not null
);

create index merchant_warning_merchant on merchant_warning (merchant_id, warned_at desc);
