-- Sealed audit trail (docs/sealed-logs.md). A writer no longer links its record into the chain: it only inserts
-- it, numbered by id, with seq, previous_hash and hash left empty (unsealed). The sealer links committed records
-- into the chain in batches, under one advisory lock, so that writers never wait on the chain head.
alter table audit.audit_record add column id bigint;

-- the records chained so far keep their place: their id is their seq
alter table audit.audit_record disable trigger audit_record_append_only;
update audit.audit_record set id = seq;
alter table audit.audit_record enable trigger audit_record_append_only;

alter table audit.audit_record alter column id set not null;
alter table audit.audit_record alter column id add generated always as identity;
select setval(pg_get_serial_sequence('audit.audit_record', 'id'), coalesce(max(id), 0) + 1, false)
from audit.audit_record;

alter table audit.audit_record drop constraint audit_record_pkey;
alter table audit.audit_record add primary key (id);
alter table audit.audit_record alter column seq drop not null;
alter table audit.audit_record alter column previous_hash drop not null;
alter table audit.audit_record alter column hash drop not null;
alter table audit.audit_record add constraint audit_record_seq_unique unique (seq);
-- a record is either unsealed (no link at all) or sealed (a whole link)
alter table audit.audit_record add constraint audit_record_sealed_whole check (
    (seq is null and previous_hash is null and hash is null)
    or (seq is not null and previous_hash is not null and hash is not null));

-- what the sealer reads: the few records still waiting, in id order
create index audit_record_unsealed on audit.audit_record (id) where seq is null;

-- The one change a record may ever undergo: from unsealed to sealed, its content untouched. Everything else
-- (an update of a sealed record, any change of content, a second sealing, a delete) is refused as before.
create function audit.allow_sealing_only() returns trigger language plpgsql as $$
begin
    if old.hash is null and new.hash is not null
            and to_jsonb(old) - array['seq', 'previous_hash', 'hash']
                = to_jsonb(new) - array['seq', 'previous_hash', 'hash'] then
        return new;
    end if;
    raise exception 'audit records are append-only (% refused)', tg_op;
end;
$$;

drop trigger audit_record_append_only on audit.audit_record;
create trigger audit_record_append_only
    before delete on audit.audit_record
    for each row execute function audit.refuse_change();
create trigger audit_record_sealed_once
    before update on audit.audit_record
    for each row execute function audit.allow_sealing_only();
