create table listing (
    id              uuid          primary key,
    merchant_id     varchar(64)   not null,
    title           varchar(120)  not null,
    description     varchar(5000) not null,
    category        varchar(32)   not null,
    price_fen       bigint        not null check (price_fen >= 0),
    status          varchar(20)   not null,
    idempotency_key varchar(128),
    request_hash    varchar(64),
    submitted_at    timestamptz   not null,
    reviewed_at     timestamptz,
    constraint listing_idempotency unique (merchant_id, idempotency_key)
);

create index listing_merchant on listing (merchant_id, submitted_at desc);

-- Evidence of a decision: every rule that fired, with its version and the exact span it matched.
create table listing_violation (
    id           bigserial    primary key,
    listing_id   uuid         not null references listing (id),
    rule_id      varchar(100) not null,
    rule_version integer      not null,
    type         varchar(40)  not null,
    field        varchar(40)  not null,
    start_offset integer      not null,
    end_offset   integer      not null,
    matched_text varchar(500) not null,
    legal_basis  varchar(500) not null
);

create index listing_violation_listing on listing_violation (listing_id);
