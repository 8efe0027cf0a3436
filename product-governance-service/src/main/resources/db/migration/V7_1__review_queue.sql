-- Listings the rules sent to MANUAL_REVIEW, waiting for a human reviewer: one item per (listing, review decision).
-- A reviewer holds an item through a lease; a lease past lease_expires_at is free for anyone to claim, so no job is
-- needed to take abandoned items back.
create table review_queue_item (
    id                 uuid          primary key,
    listing_id         uuid          not null,
    review_id          uuid          not null,
    revision           integer       not null check (revision >= 1),
    merchant_id        varchar(64)   not null,
    reasons            jsonb         not null,
    queued_at          timestamptz   not null,
    status             varchar(10)   not null check (status in ('OPEN', 'DECIDED', 'SUPERSEDED')),
    claimed_by         varchar(128),
    claimed_at         timestamptz,
    lease_expires_at   timestamptz,
    verdict            varchar(10)   check (verdict in ('APPROVE', 'INTERCEPT')),
    decision_note      varchar(2000),
    decided_by         varchar(128),
    decided_at         timestamptz,
    decision_review_id uuid,
    closed_at          timestamptz,
    constraint review_queue_item_review unique (listing_id, review_id),
    constraint review_queue_item_lease check ((claimed_by is null) = (lease_expires_at is null)),
    constraint review_queue_item_decided check ((status = 'DECIDED') = (decided_at is not null and verdict is not null
        and decided_by is not null and decision_review_id is not null))
);

-- The claim query walks open items oldest first.
create index review_queue_item_open on review_queue_item (queued_at, id) where status = 'OPEN';
