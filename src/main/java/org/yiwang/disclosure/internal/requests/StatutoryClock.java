package org.yiwang.disclosure.internal.requests;

import java.time.LocalDate;
import org.yiwang.common.WorkingDayCalendar;

/**
 * The periods of 政府信息公开条例 (2019) in working days, counted as the law counts them: the day a request arrives
 * does not count. An answer is due 20 working days after receipt (art. 33); one extension adds at most 20; a
 * correction notice must go out within 7 working days of receipt, and once the corrected request arrives the
 * 20 days start again from that day (art. 30). The requester's own period for correcting is not fixed by the
 * regulation; the platform gives 15 working days.
 */
final class StatutoryClock {

    static final int ANSWER_DAYS = 20;
    static final int MAX_EXTENSION_DAYS = 20;
    static final int CORRECTION_NOTICE_DAYS = 7;
    static final int CORRECTION_PERIOD_DAYS = 15;
    /** Working days left at which a deadline turns yellow. */
    static final int WARNING_DAYS = 5;

    private final WorkingDayCalendar calendar;

    StatutoryClock(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The answer deadline of a request whose clock started on {@code start} (receipt, or the corrected request). */
    LocalDate answerDue(LocalDate start, int extensionDays) {
        return calendar.addWorkingDays(start, ANSWER_DAYS + extensionDays);
    }

    /** The last day on which a correction notice may go out. */
    LocalDate lastCorrectionNoticeDay(LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, CORRECTION_NOTICE_DAYS);
    }

    /** The last day on which the requester may send the corrected request. */
    LocalDate correctionDue(LocalDate noticedOn) {
        return calendar.addWorkingDays(noticedOn, CORRECTION_PERIOD_DAYS);
    }

    /** {@code red} once the deadline has passed, {@code yellow} in its last {@value #WARNING_DAYS} working days. */
    String warning(LocalDate today, LocalDate due) {
        if (due == null) {
            return null;
        }
        if (today.isAfter(due)) {
            return "red";
        }
        return calendar.countWorkingDays(today, due) <= WARNING_DAYS ? "yellow" : null;
    }

    /** Working days left until the deadline, today not counted; negative working days once it has passed. */
    int workingDaysLeft(LocalDate today, LocalDate due) {
        return today.isAfter(due) ? -calendar.countWorkingDays(due, today) : calendar.countWorkingDays(today, due);
    }
}
