package org.yiwang.organization.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/**
 * Administrators' changes to the calendar. Each change is audited in the same transaction and reaches
 * {@link CalendarWorkingDays} once it commits. Callers check the {@code calendar:manage} permission.
 */
@Service
class CalendarAdministration {

    static final String AUDIT_ACTION = "organization.calendar.set";

    private final CalendarDays days;
    private final CalendarWorkingDays workingDays;
    private final AuditTrail audit;

    CalendarAdministration(CalendarDays days, CalendarWorkingDays workingDays, AuditTrail audit) {
        this.days = days;
        this.workingDays = workingDays;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<CalendarDay> year(int year) {
        new CalendarRules().year("year", year).orRefuse();
        return days.inYear(year);
    }

    /** Makes {@code date} a holiday or a make-up working day, replacing whatever it was. */
    @Transactional
    CalendarDay set(LocalDate date, String kindCode, String name) {
        Optional<CalendarDayKind> kind = CalendarDayKind.ofCode(kindCode);
        CalendarRules rules = new CalendarRules().date("date", date).name("name", name);
        kind.ifPresentOrElse(k -> rules.workdayOnWeekend("kind", k, date),
                () -> rules.add(RuleViolation.of("kind", "calendar.kind")));
        rules.orRefuse();

        CalendarDay entry = new CalendarDay(date, kind.orElseThrow(), name.strip());
        Optional<CalendarDay> before = days.find(date);
        days.save(entry);
        audit.record(AUDIT_ACTION, target(date), AuditOutcome.SUCCESS, describe(before) + " -> " + describe(Optional.of(entry)));
        refreshAfterCommit();
        return entry;
    }

    /** Makes {@code date} an ordinary day again. */
    @Transactional
    void remove(LocalDate date) {
        CalendarDay before = days.find(date).orElseThrow(() -> new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("date", "calendar.day-not-found", date.toString()))));
        days.delete(date);
        audit.record(AUDIT_ACTION, target(date), AuditOutcome.SUCCESS, describe(Optional.of(before)) + " -> none");
        refreshAfterCommit();
    }

    private void refreshAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workingDays.invalidate();
            }
        });
    }

    private static String target(LocalDate date) {
        return "calendar-day:" + date;
    }

    private static String describe(Optional<CalendarDay> day) {
        return day.map(d -> d.kind().code() + " " + d.name()).orElse("none");
    }
}
