-- A refusal at the window (不予受理) now also gets its sealed decision with reasons, beside the refusal at the
-- decision step (不予许可); both need their reasons.
alter table services.licence drop constraint licence_kind_check;
alter table services.licence add constraint licence_kind_check
    check (kind in ('LICENCE', 'REFUSAL', 'NOT_ACCEPTED'));
alter table services.licence drop constraint licence_check;
alter table services.licence add constraint licence_decision_reasons_check
    check (kind = 'LICENCE' or reasons is not null);
