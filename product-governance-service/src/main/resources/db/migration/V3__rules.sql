-- Rules are data: every edit is a new version; decisions name the version that fired, so versions are never
-- deleted. At most one version of a rule is LIVE and at most one is SHADOW at a time.
create table rule (
    id                varchar(100)  not null,
    version           integer       not null check (version >= 1),
    status            varchar(10)   not null,
    kind              varchar(20)   not null,
    type              varchar(40)   not null,
    severity          varchar(10)   not null,
    points            integer       not null check (points between 0 and 48),
    action            varchar(20)   not null,
    legal_basis       varchar(500)  not null,
    categories        text[]        not null default '{}',
    params            jsonb         not null,
    note              varchar(2000),
    created_by        varchar(128)  not null,
    created_at        timestamptz   not null,
    status_changed_at timestamptz   not null,
    primary key (id, version)
);

create unique index rule_one_live on rule (id) where status = 'LIVE';
create unique index rule_one_shadow on rule (id) where status = 'SHADOW';

-- What shadow rules would have done on live traffic: one row per listing review they were evaluated on.
create table shadow_evaluation (
    review_id    uuid         not null,
    rule_id      varchar(100) not null,
    rule_version integer      not null,
    listing_id   uuid         not null,
    fired        boolean      not null,
    action       varchar(20),
    evidence     varchar(500),
    live_outcome varchar(20)  not null,
    evaluated_at timestamptz  not null,
    primary key (review_id, rule_id, rule_version)
);

create index shadow_evaluation_rule on shadow_evaluation (rule_id, rule_version);

-- The default rules that are not text rules (the text rules come from the claim engine's default set, V3_1).
insert into rule (id, version, status, kind, type, severity, points, action, legal_basis, categories, params,
                  created_by, created_at, status_changed_at)
values
 ('category-qualifications', 1, 'LIVE', 'QUALIFICATION', 'MISSING_QUALIFICATION', 'HIGH', 6, 'INTERCEPT',
  '《中华人民共和国电子商务法》第十二条；《食品安全法》第三十五条；《化妆品监督管理条例》第二十九条',
  '{FOOD,HEALTH_FOOD,FRESH_PRODUCE,COSMETICS,BABY,ELECTRONICS}', '{}', 'migration', now(), now()),
 ('price-far-from-category-norm', 1, 'LIVE', 'PRICE_ANOMALY', 'PRICE_ANOMALY', 'LOW', 0, 'MANUAL_REVIEW',
  '《明码标价和禁止价格欺诈规定》第十四条', '{}',
  '{"lowRatioMax": 0.1, "highRatioMin": 10.0, "samplesMin": 20}', 'migration', now(), now()),
 ('original-image-protection', 1, 'LIVE', 'IMAGE_MATCH', 'STOLEN_IMAGE', 'HIGH', 6, 'MANUAL_REVIEW',
  '《中华人民共和国著作权法》第十条；平台原创图片保护规则', '{}', '{"distanceMax": 8}', 'migration', now(), now()),
 ('merchant-risk-record', 1, 'LIVE', 'MERCHANT_RISK', 'MERCHANT_RISK', 'LOW', 0, 'MANUAL_REVIEW',
  '平台商家经营风险管理规范', '{}', '{"pointsMin": 9, "interceptionsMin": 5, "windowDays": 30}', 'migration',
  now(), now());
