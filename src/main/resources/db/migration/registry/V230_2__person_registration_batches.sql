-- A load straight into a nearly empty register gives its new people consecutive ids and records their registration
-- once for the range instead of a history row each; the history reading shows it as each person's REGISTERED entry
-- (HistoryReading). Append-only, like the history.
create table registry.person_registration_batch (
    id bigint generated always as identity primary key,
    first_person_id bigint not null,
    last_person_id bigint not null,
    registered_at timestamptz not null,
    department_id bigint not null,
    actor text not null,
    changed_fields text[] not null,
    check (first_person_id <= last_person_id)
);
create index person_registration_batch_range on registry.person_registration_batch (first_person_id, last_person_id);
create trigger person_registration_batch_append_only before delete or update on registry.person_registration_batch
    for each row execute function registry.refuse_change();
create trigger person_registration_batch_no_truncate before truncate on registry.person_registration_batch
    for each statement execute function registry.refuse_change();
