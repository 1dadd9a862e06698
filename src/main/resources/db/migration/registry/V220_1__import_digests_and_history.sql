-- Bulk import of people and legal entities compares records by a keyed digest of their plain content: SM4
-- ciphertexts carry a random IV and can never be compared. content_digest is HMAC-SM3 (the platform's blind-index
-- key) over a canonical form of every field; phone_index is the keyed HMAC-SM3 of the phone alone, so that a set-based
-- upsert can tell which sensitive field changed without decrypting anything. Rows written before this migration get
-- both from the application at its next start (RegistryDigests).
alter table registry.person add column content_digest char(64);
alter table registry.person add column phone_index char(64);
alter table registry.legal_entity add column content_digest char(64);

-- Change history of the parcels and the indicator values, written by the bulk import (append-only, as for people).
create table registry.parcel_history (
    id             bigserial primary key,
    parcel_id      bigint not null references registry.parcel (id),
    changed_at     timestamptz not null,
    actor          text not null,
    kind           text not null check (kind in ('REGISTERED', 'UPDATED')),
    changed_fields text[] not null,
    changes        jsonb not null
);
create index parcel_history_parcel on registry.parcel_history (parcel_id, id);

create table registry.indicator_value_history (
    id                bigserial primary key,
    indicator_code    text not null,
    division_code     char(6) not null,
    period            text not null,
    changed_at        timestamptz not null,
    actor             text not null,
    kind              text not null check (kind in ('REGISTERED', 'UPDATED')),
    old_value         numeric(20, 4),
    new_value         numeric(20, 4) not null,
    old_source        text,
    new_source        text not null
);
create index indicator_value_history_key on registry.indicator_value_history (indicator_code, division_code, period, id);

create trigger parcel_history_append_only before update or delete on registry.parcel_history
    for each row execute function registry.refuse_change();
create trigger parcel_history_no_truncate before truncate on registry.parcel_history
    for each statement execute function registry.refuse_change();
create trigger indicator_value_history_append_only before update or delete on registry.indicator_value_history
    for each row execute function registry.refuse_change();
create trigger indicator_value_history_no_truncate before truncate on registry.indicator_value_history
    for each statement execute function registry.refuse_change();
