-- Appeals of a cut or a ban: one per penalty.
create table livestream_appeal (
    appeal_id       uuid         primary key,
    penalty_id      uuid         not null unique references penalty (penalty_id),
    penalty_kind    varchar(16)  not null,
    host_id         varchar(128) not null,
    room_id         varchar(128),
    appellant_kind  varchar(16)  not null,
    appellant_id    varchar(128) not null,
    statement       varchar(2000) not null,
    evidence        jsonb        not null,
    status          varchar(16)  not null,
    filed_at        timestamptz  not null,
    decision_due_at timestamptz  not null,
    decided_at      timestamptz,
    reviewer_id     varchar(128),
    decision_reason varchar(2000)
);

create index livestream_appeal_open on livestream_appeal (filed_at) where status = 'OPEN';
create index livestream_appeal_host on livestream_appeal (host_id, filed_at desc);

-- Overturns counted against the rule version whose strikes an overturn removed.
create table rule_overturn (
    rule_id            varchar(128) not null,
    rule_version       integer      not null,
    overturns          integer      not null,
    last_overturned_at timestamptz  not null,
    primary key (rule_id, rule_version)
);
