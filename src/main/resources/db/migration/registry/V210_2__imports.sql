-- Bulk imports into the base registers: one row per file, with its counts, and every rejected row with its reason.
create table registry.import_run (
    id            bigserial primary key,
    register      text not null,
    mode          text not null check (mode in ('ALL_OR_NOTHING', 'GOOD_ROWS')),
    encoding      text not null,
    file_name     text,
    started_by    text not null,
    started_at    timestamptz not null,
    finished_at   timestamptz not null,
    rows_read     int not null,
    rows_changed  int not null,
    rows_unchanged int not null,
    rows_rejected int not null,
    outcome       text not null check (outcome in ('LOADED', 'NOTHING_LOADED'))
);

create table registry.import_rejection (
    import_id bigint not null references registry.import_run (id),
    line      int not null,
    reason    text not null,
    primary key (import_id, line)
);
