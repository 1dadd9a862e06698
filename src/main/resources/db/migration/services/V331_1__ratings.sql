create schema if not exists services;

-- 好差评: a finished application (办结) may be rated once by its applicant.
create table services.rateable (
    application_number    text primary key,
    item_code             text not null,
    item_name             text not null,
    applicant_account_id  bigint not null,
    department_id         bigint not null,
    department_name       text not null,
    real_name             boolean not null,
    completed_at          timestamptz not null
);
create index rateable_applicant on services.rateable (applicant_account_id, completed_at desc);

create table services.rating (
    id                    bigserial primary key,
    application_number    text not null unique references services.rateable (application_number),
    level                 text not null check (level in
                              ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED')),
    comment               text check (length(comment) <= 500),
    applicant_account_id  bigint not null,
    department_id         bigint not null,
    real_name             boolean not null,
    rated_at              timestamptz not null
);
create index rating_department on services.rating (department_id, rated_at);

-- 整改回访: every real-name bad rating gets one, due a number of working days after the rating.
create table services.rating_follow_up (
    id              bigserial primary key,
    rating_id       bigint not null unique references services.rating (id),
    department_id   bigint not null,
    opened_at       timestamptz not null,
    due_date        date not null,
    status          text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    reply           text check (length(reply) <= 2000),
    replied_by      bigint,
    replied_by_name text,
    closed_at       timestamptz,
    check ((status = 'CLOSED') = (reply is not null and closed_at is not null))
);
create index follow_up_open on services.rating_follow_up (department_id, due_date) where status = 'OPEN';
