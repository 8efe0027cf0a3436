-- Livestream sessions and their escalation ladder. The room row is the arbiter of its ladder: every change to a
-- room's strikes or step happens under a row lock on it, so two instances never both act on one room.
create table live_room (
    room_id      varchar(128) primary key,
    merchant_id  varchar(64)  not null,
    host_id      varchar(128) not null,
    categories   jsonb        not null,
    state        varchar(16)  not null,
    ladder_step  varchar(16)  not null,
    -- +1 on every (re)start of the room id; a cut is unique per session
    session_no   integer      not null,
    started_at   timestamptz  not null,
    ended_at     timestamptz,
    end_reason   varchar(32),
    last_boost_at timestamptz,
    -- the room directory of every instance reloads the rows changed since its last refresh
    updated_at   timestamptz  not null
);

create index live_room_updated_at on live_room (updated_at);
create index live_room_host on live_room (host_id);
create index live_room_live on live_room (started_at) where state = 'LIVE';

-- A host's standing across rooms; locked (after the room) when a cut may ban the host.
create table host_record (
    host_id    varchar(128) primary key,
    banned_by  uuid
);

-- Every violation of a room, once (the id is derived from segment, rule and span by the detector).
create table room_violation (
    violation_id     uuid         primary key,
    room_id          varchar(128) not null,
    segment_id       varchar(128) not null,
    channel          varchar(16)  not null,
    speaker_id       varchar(128) not null,
    rule_id          varchar(128) not null,
    rule_version     integer      not null,
    type             varchar(32)  not null,
    severity         varchar(16)  not null,
    span_start       integer      not null,
    span_end         integer      not null,
    matched_text     varchar(5000) not null,
    stream_offset_ms bigint       not null,
    detected_at      timestamptz  not null
);

create index room_violation_room on room_violation (room_id, detected_at desc);

-- A host-speech violation counted on the ladder; voided when an overturned appeal removes it.
create table strike (
    violation_id uuid         primary key references room_violation (violation_id),
    room_id      varchar(128) not null,
    host_id      varchar(128) not null,
    rule_id      varchar(128) not null,
    rule_version integer      not null,
    severity     varchar(16)  not null,
    points       integer      not null check (points > 0),
    struck_at    timestamptz  not null,
    voided_by    uuid
);

create index strike_room_active on strike (room_id, struck_at) where voided_by is null;
create index strike_host on strike (host_id, struck_at desc);

-- Ladder steps taken: WARNING and THROTTLE for the record, CUT and BAN also appealable.
create table penalty (
    penalty_id   uuid         primary key,
    kind         varchar(16)  not null,
    host_id      varchar(128) not null,
    room_id      varchar(128),
    session_no   integer,
    merchant_ids jsonb        not null,
    imposed_at   timestamptz  not null,
    -- a cut counted by a ban
    ban_id       uuid,
    lifted_at    timestamptz,
    lifted_by    uuid
);

-- A restarted or rebalanced instance never cuts the same session twice.
create unique index penalty_one_cut_per_session on penalty (room_id, session_no) where kind = 'CUT';
create index penalty_host on penalty (host_id, kind, imposed_at desc);
create index penalty_room on penalty (room_id, imposed_at);
create index penalty_imposed_at on penalty (imposed_at);

-- The strikes a cut counted: an overturn of the cut voids exactly these.
create table penalty_strike (
    penalty_id   uuid not null references penalty (penalty_id),
    violation_id uuid not null references strike (violation_id),
    primary key (penalty_id, violation_id)
);

-- Viewer chat enforcement: never part of the host's ladder.
create table hidden_message (
    room_id     varchar(128) not null,
    message_id  varchar(128) not null,
    viewer_id   varchar(128) not null,
    hidden_at   timestamptz  not null,
    muted_until timestamptz  not null,
    primary key (room_id, message_id)
);

create table traffic_boost (
    boost_id     uuid         primary key,
    room_id      varchar(128) not null,
    clean_since  timestamptz  not null,
    granted_at   timestamptz  not null
);

create index traffic_boost_room on traffic_boost (room_id, granted_at);
