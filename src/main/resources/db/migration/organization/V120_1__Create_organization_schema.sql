create schema if not exists organization;

-- GB/T 2260 divisions to county level; loaded from data/divisions by V120_2 and never edited by hand.
create table organization.division (
    code        char(6)     primary key check (code ~ '^[0-9]{6}$'),
    name        varchar(60) not null,
    level       varchar(10) not null check (level in ('province', 'city', 'county')),
    parent_code char(6)     references organization.division (code),
    check ((level = 'province') = (parent_code is null))
);
create index division_parent_idx on organization.division (parent_code);

-- 条: the vertical lines that run from the State Council ministries down to the county bureaus.
create table organization.vertical_line (
    code       varchar(40) primary key check (code ~ '^[a-z]+(-[a-z]+)*$'),
    name_zh    varchar(40) not null,
    name_en    varchar(80) not null,
    sort_order int         not null
);

-- A department sits in one regional block (division) and on one vertical line.
create table organization.department (
    id            bigint generated always as identity primary key,
    code          varchar(40)  not null unique,
    name          varchar(100) not null,
    short_name    varchar(40),
    division_code char(6)      not null references organization.division (code),
    line_code     varchar(40)  not null references organization.vertical_line (code),
    parent_id     bigint       references organization.department (id),
    kind          varchar(20)  not null check (kind in ('government-organ', 'internal-unit', 'service-centre')),
    status        varchar(20)  not null default 'active' check (status in ('active', 'dissolved')),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    check (parent_id is null or parent_id <> id)
);
create index department_division_idx on organization.department (division_code);
create index department_line_idx on organization.department (line_code);
create index department_parent_idx on organization.department (parent_id);

-- 岗位: a post in a department that staff accounts are appointed to.
create table organization.position (
    id            bigint generated always as identity primary key,
    department_id bigint      not null references organization.department (id),
    code          varchar(40) not null,
    name          varchar(60) not null,
    rank          varchar(30),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (department_id, code)
);
