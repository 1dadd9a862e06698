create schema if not exists catalog;

-- The government information resource catalog (政务信息资源目录, GB/T 21063). A resource keeps what never changes
-- (its code, classification, provider and, for the base registers, the module that serves it); each version keeps
-- the metadata as it was drafted or published. Superseded versions stay readable.
create table catalog.resource (
    id                     bigserial primary key,
    code                   text not null unique,
    classification         text not null check (classification in ('BASE', 'THEMATIC', 'DEPARTMENTAL')),
    provider_department_id bigint not null,
    source                 text unique,
    published_version      int,
    latest_version         int not null,
    created_at             timestamptz not null
);
create index resource_provider on catalog.resource (provider_department_id);

-- The sequence part of resource codes, per code prefix (classification + category); numbers are never reused.
create table catalog.code_sequence (
    prefix     text primary key,
    last_value int not null
);

create table catalog.resource_version (
    resource_id       bigint not null references catalog.resource (id),
    version           int not null check (version > 0),
    state             text not null check (state in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    name              text not null,
    summary           text not null,
    format            text not null,
    items             jsonb not null,
    sharing_type      text not null check (sharing_type in ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED')),
    sharing_condition text,
    methods           text[] not null,
    open_to_public    boolean not null,
    update_cycle      text not null,
    related           text[] not null,
    released_on       date,
    drafted_by        text not null,
    drafted_at        timestamptz not null,
    published_by      text,
    published_at      timestamptz,
    primary key (resource_id, version),
    -- 不予共享 must cite its legal basis; the application says so first, the database makes sure.
    check (sharing_type <> 'NOT_SHARED' or coalesce(sharing_condition, '') <> ''),
    check ((state = 'DRAFT') = (published_at is null))
);
create unique index resource_version_one_draft on catalog.resource_version (resource_id) where state = 'DRAFT';
create unique index resource_version_one_current on catalog.resource_version (resource_id) where state = 'PUBLISHED';
