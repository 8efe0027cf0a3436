-- Shared by every service that owns data: the transactional outbox and the consumers' inbox.

-- Events written in the same transaction as the state change that caused them.
-- position gives the publish order; the relay publishes pending rows in that order.
create table outbox_event (
    position      bigserial    primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    record_key    varchar(128) not null,
    payload       bytea        not null,
    trace_headers varchar(1000),
    created_at    timestamptz  not null default now(),
    published_at  timestamptz
);

create index outbox_event_pending on outbox_event (position) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- One row per event a consumer has applied, written in the same transaction as its effect.
create table inbox_event (
    consumer    varchar(100) not null,
    event_id    uuid         not null,
    received_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

create index inbox_event_received_at on inbox_event (received_at);
