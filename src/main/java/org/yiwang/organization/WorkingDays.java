package org.yiwang.organization;

import org.yiwang.common.WorkingDayCalendar;

/**
 * The platform's working-day calendar as the administrators keep it: national holidays and make-up working
 * days (调休). Deadlines in working days are counted on it.
 */
public interface WorkingDays {

    /** The calendar as it stands now; cheap to call, and reflects an administrator's change once it is saved. */
    WorkingDayCalendar current();
}
