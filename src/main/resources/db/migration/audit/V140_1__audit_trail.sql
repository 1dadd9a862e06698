create schema if not exists audit;

-- One row per audited event. hash = SM3 over the record's content and the previous record's hash,
-- so changing, removing or reordering any row breaks every link after it.
create table audit.audit_record (
    seq            bigint primary key,
    recorded_at    timestamptz not null,
    actor          text not null,
    action         text not null,
    target         text,
    outcome        text not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    client_address text,
    detail         text,
    previous_hash  char(64) not null,
    hash           char(64) not null
);
create index audit_record_recorded_at on audit.audit_record (recorded_at);
create index audit_record_actor on audit.audit_record (actor, recorded_at);
create index audit_record_action on audit.audit_record (action, recorded_at);

-- The newest link. Writers lock this row, so records chain in a single order even under concurrency,
-- and a truncated tail shows up as a head that no longer matches the last record.
create table audit.chain_head (
    id   int primary key check (id = 1),
    seq  bigint not null,
    hash char(64) not null
);
insert into audit.chain_head (id, seq, hash) values (1, 0, repeat('0', 64));

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only (% refused)', tg_op;
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit.audit_record
    for each row execute function audit.refuse_change();

create trigger audit_record_no_truncate
    before truncate on audit.audit_record
    for each statement execute function audit.refuse_change();
