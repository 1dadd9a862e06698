package org.yiwang.workflow;

import java.time.LocalDate;
import org.yiwang.common.WorkingDayCalendar;

/**
 * 电子监察's traffic light for a deadline counted in working days: red once the last day has passed, yellow on
 * the last day and on the working day before it, none otherwise.
 */
public enum DeadlineWarning {
    NONE, YELLOW, RED;

    /** Working days before the deadline from which a step shows yellow. */
    public static final int YELLOW_WORKING_DAYS = 1;

    public static DeadlineWarning of(LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        if (due == null) {
            return NONE;
        }
        if (today.isAfter(due)) {
            return RED;
        }
        return calendar.countWorkingDays(today, due) <= YELLOW_WORKING_DAYS ? YELLOW : NONE;
    }

    /** The word the workbench uses: {@code null}, {@code yellow} or {@code red}. */
    public String css() {
        return this == NONE ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
