-- The demo cases loaded at the start of the demo profile, by key, so that a restart loads none of them twice.
create table services.demo_case (
    key                 text primary key,
    application_number  text not null,
    loaded_at           timestamptz not null default now()
);
