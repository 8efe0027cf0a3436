-- Documents a merchant holds (licences, filings, certificates). Validity is by calendar date, both ends inclusive,
-- as the issuing authority prints it. status is the lifecycle the merchant-qualification-changed events follow;
-- whether a document counts on a given day is decided from status and dates together.
create table merchant_qualification (
    id                uuid          primary key,
    merchant_id       varchar(64)   not null,
    type              varchar(40)   not null,
    document_number   varchar(64)   not null,
    issuing_authority varchar(200)  not null,
    valid_from        date          not null,
    valid_until       date          not null,
    evidence_ref      varchar(2048) not null,
    status            varchar(10)   not null check (status in ('ACTIVE', 'EXPIRED', 'REVOKED')),
    registered_at     timestamptz   not null,
    idempotency_key   varchar(128)  not null,
    request_hash      varchar(64)   not null,
    expired_at        timestamptz,
    revoked_at        timestamptz,
    revoked_by        varchar(128),
    revocation_reason varchar(1000),
    constraint merchant_qualification_validity check (valid_until >= valid_from),
    constraint merchant_qualification_revocation check ((status = 'REVOKED') = (revoked_at is not null)),
    constraint merchant_qualification_idempotency unique (merchant_id, idempotency_key)
);

create index merchant_qualification_merchant on merchant_qualification (merchant_id, registered_at desc);
create index merchant_qualification_expiry on merchant_qualification (valid_until) where status = 'ACTIVE';

-- What a category requires before its listings may go live. A requirement is met when the merchant holds every
-- type of at least one of its acceptable type sets; a category may carry several requirements, all to be met.
create table qualification_requirement (
    id                   varchar(64)  primary key,
    category             varchar(32)  not null,
    acceptable_type_sets jsonb        not null
        check (jsonb_typeof(acceptable_type_sets) = 'array' and jsonb_array_length(acceptable_type_sets) > 0),
    description          varchar(500) not null,
    legal_basis          varchar(500) not null
);

create index qualification_requirement_category on qualification_requirement (category);

insert into qualification_requirement (id, category, acceptable_type_sets, description, legal_basis) values
('food-licence', 'FOOD',
 '[["FOOD_BUSINESS_LICENCE"], ["FOOD_PRODUCTION_LICENCE"]]',
 'Selling food needs a food business licence (食品经营许可证) or, for a producer selling its own goods, a food production licence (食品生产许可证)',
 '《中华人民共和国食品安全法》第三十五条'),
('health-food-product', 'HEALTH_FOOD',
 '[["HEALTH_FOOD_REGISTRATION"]]',
 'Every health food sold must be registered or filed (保健食品注册证书或备案凭证)',
 '《中华人民共和国食品安全法》第七十六条'),
('health-food-licence', 'HEALTH_FOOD',
 '[["FOOD_BUSINESS_LICENCE"], ["FOOD_PRODUCTION_LICENCE"]]',
 'Selling health food needs a food business or food production licence like any other food',
 '《中华人民共和国食品安全法》第三十五条'),
('cosmetics-filing', 'COSMETICS',
 '[["COSMETICS_FILING"], ["SPECIAL_COSMETICS_LICENCE"]]',
 'Ordinary cosmetics need a filing (普通化妆品备案), special cosmetics a registration certificate (特殊化妆品注册证)',
 '《化妆品监督管理条例》第十七条'),
('baby-goods', 'BABY',
 '[["BABY_FOOD_REGISTRATION", "FOOD_BUSINESS_LICENCE"], ["BABY_FOOD_REGISTRATION", "FOOD_PRODUCTION_LICENCE"], ["CCC_CERTIFICATE"]]',
 'Infant formula needs its registered formula (婴幼儿配方乳粉产品配方注册) and a food licence; toys, prams and child seats need compulsory certification (3C)',
 '《中华人民共和国食品安全法》第八十一条；《强制性产品认证管理规定》第二条'),
('electronics-ccc', 'ELECTRONICS',
 '[["CCC_CERTIFICATE"]]',
 'Electrical and electronic products in the compulsory catalogue need a China Compulsory Certification (3C) certificate',
 '《强制性产品认证管理规定》第二条');
