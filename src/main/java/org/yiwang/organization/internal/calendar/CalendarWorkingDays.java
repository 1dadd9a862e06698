package org.yiwang.organization.internal.calendar;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.common.WorkingDayCalendar;
import org.yiwang.organization.WorkingDays;

/**
 * Serves the calendar from memory. An administrator's change on this node takes effect as soon as it
 * commits; other nodes of a cluster reload after at most {@link #MAX_AGE}.
 */
@Component
class CalendarWorkingDays implements WorkingDays {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private record Snapshot(WorkingDayCalendar calendar, long loadedAtNanos) {

        boolean isFresh() {
            return System.nanoTime() - loadedAtNanos < MAX_AGE.toNanos();
        }
    }

    private final CalendarDays days;
    private volatile Snapshot snapshot;
    /** Counts invalidations, so that a load that raced with a change is not kept. Guarded by {@code this}. */
    private long generation;

    CalendarWorkingDays(CalendarDays days) {
        this.days = days;
    }

    @Override
    public WorkingDayCalendar current() {
        Snapshot cached = snapshot;
        return cached != null && cached.isFresh() ? cached.calendar() : reload();
    }

    /** Forget the cached calendar; call after a change has committed. */
    synchronized void invalidate() {
        generation++;
        snapshot = null;
    }

    private WorkingDayCalendar reload() {
        long startedAt;
        synchronized (this) {
            startedAt = generation;
        }
        WorkingDayCalendar calendar = calendarOf(days.all());
        synchronized (this) {
            if (generation == startedAt) {
                snapshot = new Snapshot(calendar, System.nanoTime());
            }
        }
        return calendar;
    }

    static WorkingDayCalendar calendarOf(List<CalendarDay> entries) {
        return WorkingDayCalendar.of(
                entries.stream().filter(day -> day.kind() == CalendarDayKind.HOLIDAY).map(CalendarDay::date).toList(),
                entries.stream().filter(day -> day.kind() == CalendarDayKind.WORKDAY).map(CalendarDay::date).toList());
    }
}
