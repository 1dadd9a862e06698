create schema if not exists services;

-- 事项清单: one row per service item with every element the catalog publishes. Materials, the form definition
-- and the lanes (which department works each lane of the process model) are data, not code.
create table services.service_item (
    id                bigserial primary key,
    code              text not null unique,
    name              text not null,
    kind              text not null check (kind in ('LICENSING', 'CONFIRMATION', 'PAYMENT', 'INSPECTION',
                                                    'PUBLIC_SERVICE', 'OTHER')),
    audience          text not null check (audience in ('CITIZEN', 'ENTERPRISE')),
    lead_department   text not null,
    departments       text[] not null,
    legal_basis       text not null,
    conditions        text not null,
    materials         jsonb not null,
    form              jsonb not null,
    lanes             jsonb not null,
    statutory_days    int not null check (statutory_days between 1 and 365),
    promised_days     int not null check (promised_days between 1 and 365 and promised_days <= statutory_days),
    fee_fen           bigint not null default 0 check (fee_fen >= 0),
    fee_note          text,
    process_key       text not null,
    visits            int not null check (visits between 0 and 5),
    place             text not null,
    hours             text not null,
    consultation      text not null,
    complaint         text not null,
    life_events       text[] not null default '{}',
    enterprise_events text[] not null default '{}',
    licence_type      text,
    licence_years     int check (licence_years is null or licence_years between 1 and 50),
    status            text not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED', 'SUSPENDED')),
    updated_at        timestamptz not null default now(),
    updated_by        text not null
);
create index service_item_life_events on services.service_item using gin (life_events);
create index service_item_enterprise_events on services.service_item using gin (enterprise_events);

-- Files an applicant uploaded (kept in the FileStore under their SM3 digest); an application may only name
-- files its own applicant uploaded.
create table services.upload (
    account_id  bigint not null,
    digest      char(64) not null,
    file_type   text not null,
    size        bigint not null,
    file_name   text,
    uploaded_at timestamptz not null default now(),
    primary key (account_id, digest)
);

create sequence services.application_number;

-- 办件. subject_key identifies item + subject (SM3 of the applicant's identity and the form's subject field),
-- so that one subject has at most one open application per item, whatever races the requests run.
create table services.application (
    id                       bigserial primary key,
    number                   text not null unique,
    item_code                text not null references services.service_item (code),
    item_name                text not null,
    applicant_account_id     bigint not null,
    applicant_kind           text not null,
    holder_name              text not null,
    holder_identifier_masked text,
    subject_key              char(64) not null,
    form                     jsonb not null,
    prefilled                text[] not null default '{}',
    consent                  boolean not null,
    status                   text not null,
    lead_department_id       bigint not null,
    process_instance_id      text,
    submitted_at             timestamptz not null,
    accepted_on              date,
    promised_due             date,
    statutory_due            date,
    paused_days              int not null default 0,
    supplement_requested_on  date,
    supplement_note          text,
    supplement_fields        text[],
    approved                 boolean,
    reasons                  text,
    decided_at               timestamptz,
    completed_at             timestamptz,
    licence_number           text
);
create unique index application_one_open on services.application (item_code, subject_key) where completed_at is null;
create index application_applicant on services.application (applicant_account_id, submitted_at desc);
create index application_open_due on services.application (promised_due) where completed_at is null;

create table services.application_material (
    application_id bigint not null references services.application (id),
    code           text not null,
    name           text not null,
    digest         char(64),
    file_type      text,
    size           bigint,
    file_name      text,
    from_register  boolean not null default false,
    attached_at    timestamptz not null default now(),
    primary key (application_id, code)
);

-- What happened to an application, as its applicant is shown it: every step with time and department.
create table services.application_event (
    id              bigserial primary key,
    application_id  bigint not null references services.application (id),
    at              timestamptz not null,
    action          text not null,
    step            text,
    step_name       text,
    department_id   bigint,
    department_name text,
    actor           text not null,
    note            text
);
create index application_event_application on services.application_event (application_id, id);
