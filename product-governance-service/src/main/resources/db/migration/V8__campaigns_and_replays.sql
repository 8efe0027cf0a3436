-- A campaign: a time-boxed rule set aimed at categories and/or merchants. Its sweep over the listings already live
-- in scope keeps a cursor, so it resumes where it stopped after a restart.
create table campaign (
    id                 uuid          primary key,
    name               varchar(200)  not null,
    description        varchar(2000) not null default '',
    rules              jsonb         not null,
    categories         text[]        not null default '{}',
    merchant_ids       text[]        not null default '{}',
    starts_at          timestamptz   not null,
    ends_at            timestamptz   not null check (ends_at > starts_at),
    cancelled_at       timestamptz,
    created_by         varchar(128)  not null,
    created_at         timestamptz   not null,
    sweep_cursor       uuid,
    sweep_done_at      timestamptz,
    swept              bigint        not null default 0
);

-- Every listing a campaign checked (on submission while active, or in its sweep) and what came of it.
create table campaign_check (
    campaign_id uuid        not null references campaign (id),
    listing_id  uuid        not null,
    review_id   uuid        references listing_review (id),
    outcome     varchar(20) not null,
    checked_at  timestamptz not null,
    primary key (campaign_id, listing_id, checked_at)
);

create index campaign_check_review on campaign_check (review_id);

-- A candidate rule version run over stored listings, in bounded batches, resumable from its cursor.
create table rule_replay (
    id                       uuid         primary key,
    rule_id                  varchar(100) not null,
    rule_version             integer      not null,
    requested_by             varchar(128) not null,
    requested_at             timestamptz  not null,
    finished_at              timestamptz,
    cursor_listing_id        uuid,
    total                    bigint       not null,
    processed                bigint       not null default 0,
    fired                    bigint       not null default 0,
    fired_where_approved     bigint       not null default 0,
    fired_where_intercepted  bigint       not null default 0,
    fired_where_manual       bigint       not null default 0,
    live_rule_fired          bigint       not null default 0,
    live_rule_fired_not_candidate bigint  not null default 0,
    appeals_upheld           bigint       not null default 0,
    appeals_upheld_fired     bigint       not null default 0,
    appeals_overturned       bigint       not null default 0,
    appeals_overturned_fired bigint       not null default 0,
    foreign key (rule_id, rule_version) references rule (id, version)
);

create index listing_sweep_scope on listing (status, category, id);
