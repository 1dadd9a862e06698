create schema if not exists services;

-- Sealed results of applications: electronic licences (电子证照) and refusal decisions (不予许可决定书).
-- The PDF lives in the file store under its SM3 digest; the seal (GB/T 38540 idea) is the department's SM2
-- signature over the seal statement (number, digest, key, time), kept with the key id beside the document.
create sequence services.licence_serial;

create table services.licence (
    id                        bigserial primary key,
    number                    text not null unique,
    kind                      text not null check (kind in ('LICENCE', 'REFUSAL')),
    application_number        text not null,
    item_code                 text not null,
    item_name                 text not null,
    licence_type              text,
    applicant_account_id      bigint not null,
    holder_name               text not null,
    holder_identifier_masked  text,
    department_code           text not null,
    department_name           text not null,
    fields                    json not null default '{}', -- json, not jsonb: the order of the fields is kept
    reasons                   text,
    valid_until               date,
    decided_at                timestamptz not null,
    issued_at                 timestamptz not null,
    document_digest           char(64) not null,
    document_size             bigint not null,
    seal_key_id               text not null,
    seal_signature            text not null,
    status                    text not null default 'VALID' check (status in ('VALID', 'REVOKED')),
    revoked_at                timestamptz,
    revoked_reason            text,
    -- one result per decision: a republished ApplicationDecided finds the licence already there
    unique (application_number, kind),
    check (kind <> 'REFUSAL' or reasons is not null),
    check ((status = 'REVOKED') = (revoked_at is not null))
);
create index licence_applicant on services.licence (applicant_account_id, issued_at desc);
create index licence_digest on services.licence (document_digest);
