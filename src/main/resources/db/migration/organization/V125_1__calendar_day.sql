create schema if not exists organization;

-- The exceptions to "Monday to Friday are working days": public holidays, and the weekend days the State
-- Council makes working days (调休上班). Seeded from data/holidays-cn.csv, then kept by administrators.
create table organization.calendar_day (
    day  date primary key,
    kind text not null check (kind in ('holiday', 'workday')),
    name text not null check (length(name) between 1 and 50),
    -- make-up working days only ever replace a Saturday or Sunday (isodow 6, 7)
    constraint calendar_day_workday_on_weekend check (kind = 'holiday' or extract(isodow from day) in (6, 7))
);
