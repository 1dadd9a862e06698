create schema if not exists disclosure;

-- Proactive disclosure (主动公开). A publication is written by an author of its department, reviewed by a second
-- staff member, and published under an index number (索引号) that never changes. Only unclassified information
-- marked for proactive disclosure is ever stored here as publishable.
create table disclosure.publication (
    id               bigserial primary key,
    index_number     text unique,
    department_id    bigint not null,
    department_code  text not null,
    department_name  text not null,
    category         text not null check (category in
                         ('policy', 'interpretation', 'notice', 'plan', 'budget', 'statistics', 'personnel')),
    title            text not null,
    body             text not null,
    document_number  text,
    classification   text not null check (classification in ('NONE', 'SECRET', 'CONFIDENTIAL', 'TOP_SECRET')),
    disclosure_kind  text not null check (disclosure_kind in ('PROACTIVE', 'ON_REQUEST', 'NOT_PUBLIC')),
    valid_until      date,
    status           text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'WITHDRAWN')),
    source           text not null check (source in ('AUTHORED', 'ARCHIVE')),
    author_id        bigint,
    author_name      text not null,
    created_at       timestamptz not null,
    created_on       date not null,
    due_on           date not null,
    submitted_at     timestamptz,
    reviewer_id      bigint,
    reviewer_name    text,
    reviewed_at      timestamptz,
    review_opinion   text,
    published_at     timestamptz,
    published_on     date,
    withdrawn_at     timestamptz,
    withdrawn_by     text,
    withdraw_reason  text,
    version          int not null default 1,
    -- what is public is never classified nor marked not for proactive disclosure, whatever wrote the row
    check (status not in ('PUBLISHED', 'WITHDRAWN') or (classification = 'NONE' and disclosure_kind = 'PROACTIVE')),
    check (status not in ('PUBLISHED', 'WITHDRAWN') or (index_number is not null and published_on is not null)),
    check (status <> 'WITHDRAWN' or withdraw_reason is not null)
);
create index publication_department_published on disclosure.publication (department_id, published_on desc)
    where status = 'PUBLISHED';
create index publication_published on disclosure.publication (published_on desc, id desc) where status = 'PUBLISHED';
create index publication_department_status on disclosure.publication (department_id, status);

create table disclosure.publication_attachment (
    publication_id bigint not null references disclosure.publication (id),
    position       int not null,
    name           text not null,
    digest         char(64) not null,
    file_type      text not null,
    size           bigint not null,
    primary key (publication_id, position)
);

-- Every step of a publication's life, for its history page and for the workbench's 已办 list.
create table disclosure.publication_step (
    id             bigserial primary key,
    publication_id bigint not null references disclosure.publication (id),
    action         text not null check (action in
                       ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'RETURN', 'WITHDRAW', 'IMPORT')),
    actor_id       bigint,
    actor_name     text not null,
    at             timestamptz not null,
    opinion        text
);
create index publication_step_publication on disclosure.publication_step (publication_id, at);
create index publication_step_actor on disclosure.publication_step (actor_id, at desc);

-- The next sequence number of index numbers per department, year and category.
create table disclosure.index_sequence (
    department_code text not null,
    year            int not null,
    category        text not null,
    next_value      int not null,
    primary key (department_code, year, category)
);

-- Bulk loads of an archive: one row per request, and every rejected item with the field and rule it broke.
create table disclosure.bulk_run (
    id             bigserial primary key,
    mode           text not null check (mode in ('ALL_OR_NOTHING', 'GOOD_ITEMS')),
    started_by     text not null,
    started_at     timestamptz not null,
    items_received int not null,
    items_published int not null,
    items_rejected int not null,
    outcome        text not null check (outcome in ('LOADED', 'NOTHING_LOADED'))
);

create table disclosure.bulk_rejection (
    run_id   bigint not null references disclosure.bulk_run (id),
    item     int not null,
    field    text not null,
    rule     text not null,
    message  text not null,
    primary key (run_id, item, field, rule)
);
