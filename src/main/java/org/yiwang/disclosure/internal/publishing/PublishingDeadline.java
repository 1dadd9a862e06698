package org.yiwang.disclosure.internal.publishing;

import java.time.LocalDate;
import org.yiwang.common.WorkingDayCalendar;

/**
 * The 20-working-day period of 政府信息公开条例 article 26: information for proactive disclosure is published within
 * 20 working days of being formed. The day it is formed does not count. The workbench warns in yellow when
 * {@value #WARN_DAYS} working days or fewer are left, in red once the last day has passed.
 */
public final class PublishingDeadline {

    public static final int WORKING_DAYS = 20;
    public static final int WARN_DAYS = 5;

    private PublishingDeadline() {
    }

    /** The last day on which information formed on {@code createdOn} may be published in time. */
    public static LocalDate dueOn(WorkingDayCalendar calendar, LocalDate createdOn) {
        return calendar.addWorkingDays(createdOn, WORKING_DAYS);
    }

    /** {@code null} while there is time, {@code yellow} when the end is near, {@code red} when it has passed. */
    public static String warning(WorkingDayCalendar calendar, LocalDate dueOn, LocalDate today) {
        if (today.isAfter(dueOn)) {
            return "red";
        }
        return calendar.countWorkingDays(today, dueOn) <= WARN_DAYS ? "yellow" : null;
    }
}
