package org.yiwang.organization.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** The limits on what the calendar accepts, shared by its API, its page and its administration. */
final class CalendarRules {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    static final int MAX_DAYS = 3650;
    static final int MAX_COUNT_YEARS = 10;
    static final int MAX_NAME_LENGTH = 50;

    private final List<RuleViolation> violations = new ArrayList<>();

    CalendarRules date(String field, LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            violations.add(RuleViolation.of(field, "calendar.date-range", date.toString(), year(FIRST_YEAR), year(LAST_YEAR)));
        }
        return this;
    }

    CalendarRules year(String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(RuleViolation.of(field, "calendar.year-range", year(FIRST_YEAR), year(LAST_YEAR)));
        }
        return this;
    }

    CalendarRules days(String field, int days) {
        if (days < 0 || days > MAX_DAYS) {
            violations.add(RuleViolation.of(field, "calendar.days-range", "0", String.valueOf(MAX_DAYS)));
        }
        return this;
    }

    /** {@code to} may not come before {@code from}, nor lie more than {@link #MAX_COUNT_YEARS} years after it. */
    CalendarRules span(String toField, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            violations.add(RuleViolation.of(toField, "calendar.to-before-from"));
        } else if (to.isAfter(from.plusYears(MAX_COUNT_YEARS))) {
            violations.add(RuleViolation.of(toField, "calendar.span-too-long", String.valueOf(MAX_COUNT_YEARS)));
        }
        return this;
    }

    CalendarRules name(String field, String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            violations.add(RuleViolation.of(field, "calendar.name", String.valueOf(MAX_NAME_LENGTH)));
        }
        return this;
    }

    /** Make-up working days replace a weekend day; a weekday is a working day anyway. */
    CalendarRules workdayOnWeekend(String field, CalendarDayKind kind, LocalDate date) {
        if (kind == CalendarDayKind.WORKDAY
                && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
            violations.add(RuleViolation.of(field, "calendar.workday-on-weekday", date.toString()));
        }
        return this;
    }

    CalendarRules add(RuleViolation violation) {
        violations.add(violation);
        return this;
    }

    void orRefuse() {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /** Years as plain digits: message formatting would otherwise group the thousands of 1900. */
    private static String year(int year) {
        return String.valueOf(year);
    }
}
