package org.yiwang.organization.internal.calendar;

import java.time.LocalDate;

/** One exception to the ordinary week: a holiday or a make-up working day, with the name people know it by. */
public record CalendarDay(LocalDate date, CalendarDayKind kind, String name) {
}
