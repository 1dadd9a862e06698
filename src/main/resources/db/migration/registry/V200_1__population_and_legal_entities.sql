create schema if not exists registry;

-- 人口库. One row per person, found by the keyed HMAC-SM3 blind index of the ID number; the number itself
-- and the phone are stored only SM4-GCM encrypted (PersonCodec makes every stored value). Sex and birth
-- date are derived from the ID number. Bulk loads COPY into a staging table of the same columns and
-- upsert on id_number_index, bumping version and writing person_history as the register service does.
create table registry.person (
    id                 bigserial primary key,
    id_number_index    char(64) not null unique,
    id_number_enc      text not null,
    name               text not null check (length(name) between 1 and 50),
    sex                text not null check (sex in ('MALE', 'FEMALE')),
    birth_date         date not null,
    -- GB 3304 code of one of the 56 ethnic groups
    ethnicity          char(2) not null check (ethnicity ~ '^(0[1-9]|[1-4][0-9]|5[0-6])$'),
    -- 户籍: GB/T 2260 division and address of the household registration
    household_division char(6) not null check (household_division ~ '^[0-9]{6}$'),
    household_address  text not null,
    current_address    text,
    phone_enc          text,
    -- GB/T 2261.2
    marital_status     char(2) not null check (marital_status in ('10', '20', '21', '22', '23', '30', '40', '90')),
    status             text not null check (status in ('LIVING', 'DECEASED', 'EMIGRATED')),
    -- the department that supplied the current values (organization's department id)
    supplied_by        bigint not null,
    changed_at         timestamptz not null,
    version            int not null default 1
);
-- name search, always narrowed to the household divisions of the searcher's data scope
create index person_name_division on registry.person (name, household_division);

-- Every change, append-only. changes holds old and new values of the fields that are not sensitive;
-- a changed ID number or phone is named in changed_fields only, never with its values.
create table registry.person_history (
    id             bigserial primary key,
    person_id      bigint not null references registry.person (id),
    version        int not null,
    changed_at     timestamptz not null,
    department_id  bigint not null,
    actor          text not null,
    kind           text not null check (kind in ('REGISTERED', 'UPDATED')),
    changed_fields text[] not null,
    changes        jsonb not null,
    unique (person_id, version)
);

-- 法人库. status: SUBSISTING 存续, REVOKED 吊销, DEREGISTERED 注销.
create table registry.legal_entity (
    id                      bigserial primary key,
    credit_code             char(18) not null unique,
    name                    text not null check (length(name) between 1 and 200),
    entity_type             text not null,
    legal_representative_id bigint not null references registry.person (id),
    registered_capital      numeric(20, 2) not null check (registered_capital >= 0),
    established_on          date not null,
    registration_authority  text not null,
    domicile_division       char(6) not null check (domicile_division ~ '^[0-9]{6}$'),
    domicile_address        text not null,
    business_scope          text,
    status                  text not null check (status in ('SUBSISTING', 'REVOKED', 'DEREGISTERED')),
    supplied_by             bigint not null,
    changed_at              timestamptz not null,
    version                 int not null default 1
);
create index legal_entity_representative on registry.legal_entity (legal_representative_id);

create table registry.legal_entity_history (
    id             bigserial primary key,
    entity_id      bigint not null references registry.legal_entity (id),
    version        int not null,
    changed_at     timestamptz not null,
    department_id  bigint not null,
    actor          text not null,
    kind           text not null check (kind in ('REGISTERED', 'UPDATED')),
    changed_fields text[] not null,
    changes        jsonb not null,
    unique (entity_id, version)
);

-- One row per read of a register record: who (account, department), why, whose record (subject kind and
-- the blind index of the ID number or credit code), which fields were returned and when. Hash-chained
-- with SM3 like the audit trail: changing, removing or reordering a row breaks every later link.
create table registry.data_use (
    seq            bigint primary key,
    used_at        timestamptz not null,
    account        text not null,
    department_id  bigint,
    purpose        text not null,
    subject_kind   text not null check (subject_kind in ('PERSON', 'ENTITY')),
    subject_index  char(64) not null,
    fields         text not null,
    message_id     uuid not null,
    previous_hash  char(64) not null,
    hash           char(64) not null
);
create index data_use_subject on registry.data_use (subject_kind, subject_index, seq);

create table registry.data_use_head (
    id   int primary key check (id = 1),
    seq  bigint not null,
    hash char(64) not null
);
insert into registry.data_use_head (id, seq, hash) values (1, 0, repeat('0', 64));

create function registry.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;

create trigger data_use_append_only before update or delete on registry.data_use
    for each row execute function registry.refuse_change();
create trigger data_use_no_truncate before truncate on registry.data_use
    for each statement execute function registry.refuse_change();
create trigger person_history_append_only before update or delete on registry.person_history
    for each row execute function registry.refuse_change();
create trigger person_history_no_truncate before truncate on registry.person_history
    for each statement execute function registry.refuse_change();
create trigger legal_entity_history_append_only before update or delete on registry.legal_entity_history
    for each row execute function registry.refuse_change();
create trigger legal_entity_history_no_truncate before truncate on registry.legal_entity_history
    for each statement execute function registry.refuse_change();
