package org.yiwang.services.internal.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiwang.common.WorkingDayCalendar;

/** The follow-up deadline warnings count working days, so a holiday in between keeps the light green. */
class FollowUpWarningTest {

    /** 2026 National Day: 1–7 October off, Saturday 10 October worked (调休). */
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(
            LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).toList(),
            List.of(LocalDate.of(2026, 10, 10)));

    static FollowUps at(String instant) {
        return new FollowUps(null, null, () -> CALENDAR, null, Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")));
    }

    @Test
    void green_when_more_than_two_working_days_are_left_even_across_the_holiday() {
        // Tuesday 29 September; working days after it: 30 Sep, 8 Oct, 9 Oct, 10 Oct (Saturday, worked)
        assertThat(at("2026-09-29T02:00:00Z").warning(LocalDate.of(2026, 10, 9))).isNull();
    }

    @Test
    void yellow_when_two_working_days_or_fewer_are_left() {
        assertThat(at("2026-09-30T02:00:00Z").warning(LocalDate.of(2026, 10, 9))).isEqualTo("yellow");
        assertThat(at("2026-10-09T02:00:00Z").warning(LocalDate.of(2026, 10, 9))).isEqualTo("yellow");
    }

    @Test
    void red_after_the_due_day() {
        assertThat(at("2026-10-10T02:00:00Z").warning(LocalDate.of(2026, 10, 9))).isEqualTo("red");
    }
}
