package org.yiwang.disclosure.internal.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiwang.common.WorkingDayCalendar;

/** The 20-working-day period for proactive disclosure, on the platform's own 2025–2026 holiday data. */
class PublishingDeadlineTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadHolidays() throws IOException {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PublishingDeadlineTest.class.getResourceAsStream("/data/holidays-cn.csv"), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("date,")).forEach(line -> {
                String[] cells = line.split(",");
                (cells[1].equals("holiday") ? holidays : workdays).add(LocalDate.parse(cells[0]));
            });
        }
        calendar = WorkingDayCalendar.of(holidays, workdays);
    }

    @Test
    void national_day_holidays_push_the_deadline_and_make_up_saturdays_count() {
        // 28 Sep (Sunday) and 11 Oct (Saturday) are make-up working days, 1–8 Oct are off
        assertThat(PublishingDeadline.dueOn(calendar, LocalDate.of(2025, 9, 26))).isEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(PublishingDeadline.dueOn(WorkingDayCalendar.weekendsOnly(), LocalDate.of(2025, 9, 26)))
                .isEqualTo(LocalDate.of(2025, 10, 24));
    }

    @Test
    void spring_festival_2026_is_skipped() {
        assertThat(PublishingDeadline.dueOn(calendar, LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void the_day_the_information_is_formed_does_not_count() {
        // Monday 2 March 2026 plus 20 working days, no holiday between: Monday 30 March
        assertThat(PublishingDeadline.dueOn(calendar, LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void warns_yellow_five_working_days_before_and_red_once_the_due_day_has_passed() {
        LocalDate due = LocalDate.of(2025, 10, 30);
        assertThat(PublishingDeadline.warning(calendar, due, LocalDate.of(2025, 10, 22))).isNull();
        assertThat(PublishingDeadline.warning(calendar, due, LocalDate.of(2025, 10, 23))).isEqualTo("yellow");
        assertThat(PublishingDeadline.warning(calendar, due, due)).isEqualTo("yellow");
        assertThat(PublishingDeadline.warning(calendar, due, LocalDate.of(2025, 10, 31))).isEqualTo("red");
    }

    @Test
    void a_holiday_week_before_the_due_day_does_not_count_as_time_left() {
        // from 13 Feb to 24 Feb 2026 only the make-up Saturday 14 Feb and the 24th are working days
        assertThat(PublishingDeadline.warning(calendar, LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 13)))
                .isEqualTo("yellow");
    }
}
