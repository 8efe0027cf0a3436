-- Perceptual fingerprints of uploaded pictures (the pictures themselves are stored by the platform, not here).
-- The 64-bit pHash is also cut into four 16-bit bands, each indexed, so that the hashes within a Hamming distance
-- are found through a few index lookups (multi-index hashing: see image/HashBands.java).
create table image_fingerprint (
    id            uuid         primary key,
    owner_kind    varchar(16)  not null check (owner_kind in ('MERCHANT', 'RIGHTS_HOLDER')),
    owner_id      varchar(128) not null,
    sha256        char(64)     not null,
    phash         bigint       not null,
    band0         integer      not null check (band0 between 0 and 65535),
    band1         integer      not null check (band1 between 0 and 65535),
    band2         integer      not null check (band2 between 0 and 65535),
    band3         integer      not null check (band3 between 0 and 65535),
    media_type    varchar(20)  not null,
    width_px      integer      not null check (width_px > 0),
    height_px     integer      not null check (height_px > 0),
    size_bytes    integer      not null check (size_bytes > 0),
    registered_at timestamptz  not null,
    -- The same owner uploading the same bytes again gets the first record back.
    constraint image_fingerprint_owner_bytes unique (owner_kind, owner_id, sha256)
);

create index image_fingerprint_band0 on image_fingerprint (band0);
create index image_fingerprint_band1 on image_fingerprint (band1);
create index image_fingerprint_band2 on image_fingerprint (band2);
create index image_fingerprint_band3 on image_fingerprint (band3);

-- The pictures a listing shows, in order; each one uploaded by the listing's merchant.
create table listing_image (
    listing_id uuid     not null references listing (id),
    position   smallint not null check (position >= 0),
    image_id   uuid     not null references image_fingerprint (id),
    primary key (listing_id, position)
);

create index listing_image_image on listing_image (image_id);

-- Trademarks registered by rights holders.
create table ip_trademark (
    id                  uuid         primary key,
    rights_holder_id    varchar(128) not null,
    name                varchar(200) not null,
    registration_number varchar(64)  not null,
    nice_classes        integer[]    not null,
    valid_until         date         not null,
    idempotency_key     varchar(128) not null,
    request_hash        varchar(64)  not null,
    registered_at       timestamptz  not null,
    constraint ip_trademark_number unique (rights_holder_id, registration_number),
    constraint ip_trademark_idempotency unique (rights_holder_id, idempotency_key)
);

-- A rights holder's complaint against a listing, through its decision and the merchant's counter-notice.
create table ip_complaint (
    id                    uuid          primary key,
    rights_holder_id      varchar(128)  not null,
    listing_id            uuid          not null references listing (id),
    merchant_id           varchar(64)   not null,
    basis                 varchar(20)   not null check (basis in ('TRADEMARK', 'ORIGINAL_IMAGE', 'COPYRIGHT')),
    trademark_id          uuid          references ip_trademark (id),
    image_id              uuid          references image_fingerprint (id),
    statement             varchar(5000) not null,
    evidence              text[]        not null,
    status                varchar(24)   not null,
    -- What the listing was before this complaint took it down: what a restoration puts back.
    listing_status_before varchar(20),
    upheld_at             timestamptz,
    counter_statement     varchar(5000),
    counter_evidence      text[],
    counter_filed_at      timestamptz,
    idempotency_key       varchar(128)  not null,
    request_hash          varchar(64)   not null,
    filed_at              timestamptz   not null,
    updated_at            timestamptz   not null,
    constraint ip_complaint_idempotency unique (rights_holder_id, idempotency_key),
    constraint ip_complaint_basis_reference check (
        (basis = 'TRADEMARK' and trademark_id is not null and image_id is null)
        or (basis = 'ORIGINAL_IMAGE' and image_id is not null and trademark_id is null)
        or (basis = 'COPYRIGHT' and trademark_id is null and image_id is null))
);

create index ip_complaint_listing on ip_complaint (listing_id);
create index ip_complaint_rights_holder on ip_complaint (rights_holder_id, filed_at desc);
create index ip_complaint_merchant on ip_complaint (merchant_id, filed_at desc);
create index ip_complaint_status on ip_complaint (status, filed_at);

-- Evidence found automatically for an ORIGINAL_IMAGE complaint: the listing's pictures that copy the rights
-- holder's earlier original, and how many hash bits apart they are.
create table ip_image_match (
    complaint_id      uuid     not null references ip_complaint (id),
    listing_image_id  uuid     not null references image_fingerprint (id),
    original_image_id uuid     not null references image_fingerprint (id),
    distance          smallint not null check (distance between 0 and 64),
    primary key (complaint_id, listing_image_id)
);

-- Every step of every complaint: who did what, when, and why. Written in the step's own transaction.
create table ip_audit (
    id              bigserial     primary key,
    complaint_id    uuid          not null references ip_complaint (id),
    step            varchar(24)   not null,
    actor_role      varchar(20)   not null,
    actor_id        varchar(128)  not null,
    at              timestamptz   not null,
    detail          varchar(2000) not null,
    -- A retried step (same Idempotency-Key) is recognised here and not applied twice.
    idempotency_key varchar(128),
    request_hash    varchar(64),
    constraint ip_audit_idempotency unique (complaint_id, idempotency_key)
);

create index ip_audit_complaint on ip_audit (complaint_id, id);
