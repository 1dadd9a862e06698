-- Sealed data-use log (docs/sealed-logs.md): a read only inserts its record, numbered by id, unsealed (seq,
-- previous_hash and hash empty); the sealer links committed records into the chain in batches under one
-- advisory lock, so that concurrent reads no longer queue on the chain head.
alter table registry.data_use add column id bigint;

-- the records chained so far keep their place: their id is their seq
alter table registry.data_use disable trigger data_use_append_only;
update registry.data_use set id = seq;
alter table registry.data_use enable trigger data_use_append_only;

alter table registry.data_use alter column id set not null;
alter table registry.data_use alter column id add generated always as identity;
select setval(pg_get_serial_sequence('registry.data_use', 'id'), coalesce(max(id), 0) + 1, false)
from registry.data_use;

alter table registry.data_use drop constraint data_use_pkey;
alter table registry.data_use add primary key (id);
alter table registry.data_use alter column seq drop not null;
alter table registry.data_use alter column previous_hash drop not null;
alter table registry.data_use alter column hash drop not null;
alter table registry.data_use add constraint data_use_seq_unique unique (seq);
alter table registry.data_use add constraint data_use_sealed_whole check (
    (seq is null and previous_hash is null and hash is null)
    or (seq is not null and previous_hash is not null and hash is not null));

-- a person's or an entity's uses, newest first, now in the order they were written
drop index registry.data_use_subject;
create index data_use_subject on registry.data_use (subject_kind, subject_index, id);
create index data_use_unsealed on registry.data_use (id) where seq is null;

-- The one change a record may ever undergo: from unsealed to sealed, its content untouched.
create function registry.allow_sealing_only() returns trigger language plpgsql as $$
begin
    if old.hash is null and new.hash is not null
            and to_jsonb(old) - array['seq', 'previous_hash', 'hash']
                = to_jsonb(new) - array['seq', 'previous_hash', 'hash'] then
        return new;
    end if;
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;

drop trigger data_use_append_only on registry.data_use;
create trigger data_use_append_only before delete on registry.data_use
    for each row execute function registry.refuse_change();
create trigger data_use_sealed_once before update on registry.data_use
    for each row execute function registry.allow_sealing_only();
