-- A listing is reviewed once per revision (and again by a reviewer after MANUAL_REVIEW): each decision is a row
-- of its own, so appeals, penalties and scores can name the decision they are about.
create table listing_review (
    id          uuid        primary key,
    listing_id  uuid        not null references listing (id),
    revision    integer     not null check (revision >= 1),
    outcome     varchar(20) not null,
    decided_by  varchar(10) not null,
    reviewer_id varchar(128),
    reviewer_note varchar(2000),
    decided_at  timestamptz not null,
    constraint listing_review_reviewer check ((decided_by = 'REVIEWER') = (reviewer_id is not null))
);

create index listing_review_listing on listing_review (listing_id, decided_at);

alter table listing add column revision integer not null default 1;
alter table listing add column current_review_id uuid references listing_review (id);

insert into listing_review (id, listing_id, revision, outcome, decided_by, decided_at)
select gen_random_uuid(), id, 1, status, 'RULES', reviewed_at from listing where reviewed_at is not null;
update listing l set current_review_id = r.id from listing_review r where r.listing_id = l.id;

alter table listing_violation add column review_id uuid references listing_review (id);
alter table listing_violation add column severity varchar(10) not null default 'MEDIUM';
alter table listing_violation add column points integer not null default 0 check (points between 0 and 48);
update listing_violation v set review_id = l.current_review_id from listing l where l.id = v.listing_id;
alter table listing_violation alter column review_id set not null;
alter table listing_violation alter column severity drop default;
alter table listing_violation alter column points drop default;
-- Text evidence is absent for image, price and merchant-risk findings.
alter table listing_violation alter column field drop not null;
alter table listing_violation alter column start_offset drop not null;
alter table listing_violation alter column end_offset drop not null;
alter table listing_violation alter column matched_text drop not null;
create index listing_violation_review on listing_violation (review_id);
