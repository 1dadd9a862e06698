package org.yiwang.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiwang.common.WorkingDayCalendar;

/**
 * Step and case deadlines counted in working days on the shipped 2026 calendar (data/holidays-cn.csv):
 * national holidays do not count, 调休 weekend days do, the start day never does; the traffic light of 电子监察.
 */
class StepDeadlinesTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void shippedCalendar() throws IOException {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        try (InputStream in = StepDeadlinesTest.class.getClassLoader().getResourceAsStream("data/holidays-cn.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.strip().split(",");
                if (cells.length < 2 || !cells[0].matches("\\d{4}-\\d{2}-\\d{2}")) {
                    continue;
                }
                (cells[1].equals("holiday") ? holidays : workdays).add(LocalDate.parse(cells[0]));
            }
        }
        calendar = WorkingDayCalendar.of(holidays, workdays);
    }

    @Test
    void a_step_started_before_spring_festival_counts_the_saturday_make_up_day_and_skips_the_nine_days_off() {
        // Fri 13 Feb: Sat 14 is a 调休 working day (1), 15–23 Feb are off, Tue 24 (2), Wed 25 (3)
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void a_one_day_step_started_on_the_eve_of_national_day_is_due_on_the_eighth_of_october() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // the Saturday after the holiday is a make-up working day
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void the_make_up_sunday_before_mid_autumn_counts_and_the_festival_does_not() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 24), 2)).isEqualTo(LocalDate.of(2026, 9, 29));
    }

    @Test
    void a_promised_limit_of_three_days_and_a_statutory_limit_of_twenty_days_across_labour_day() {
        LocalDate accepted = LocalDate.of(2026, 4, 29);
        // 30 Apr (1), 1–5 May off, Wed 6 (2), Thu 7 (3)
        assertThat(calendar.addWorkingDays(accepted, 3)).isEqualTo(LocalDate.of(2026, 5, 7));
        // 30 Apr, 6, 7, 8 May and Saturday 9 May, a make-up working day
        assertThat(calendar.countWorkingDays(accepted, LocalDate.of(2026, 5, 9))).isEqualTo(5);
        assertThat(calendar.addWorkingDays(accepted, 20)).isEqualTo(LocalDate.of(2026, 5, 29));
    }

    @Test
    void the_clock_stops_for_the_working_days_the_applicant_takes_to_supplement() {
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 1);
        assertThat(due).isEqualTo(LocalDate.of(2026, 2, 13));
        int paused = calendar.countWorkingDays(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24));
        assertThat(paused).isEqualTo(2);
        assertThat(calendar.addWorkingDays(due, paused)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void yellow_on_the_last_working_day_and_the_one_before_red_after_it_whatever_holidays_lie_between() {
        LocalDate due = LocalDate.of(2026, 10, 8);
        assertThat(DeadlineWarning.of(due, LocalDate.of(2026, 9, 29), calendar)).isEqualTo(DeadlineWarning.NONE);
        assertThat(DeadlineWarning.of(due, LocalDate.of(2026, 9, 30), calendar)).isEqualTo(DeadlineWarning.YELLOW);
        assertThat(DeadlineWarning.of(due, LocalDate.of(2026, 10, 3), calendar)).isEqualTo(DeadlineWarning.YELLOW);
        assertThat(DeadlineWarning.of(due, due, calendar)).isEqualTo(DeadlineWarning.YELLOW);
        assertThat(DeadlineWarning.of(due, LocalDate.of(2026, 10, 9), calendar)).isEqualTo(DeadlineWarning.RED);
        assertThat(DeadlineWarning.of(null, due, calendar)).isEqualTo(DeadlineWarning.NONE);
        assertThat(DeadlineWarning.RED.css()).isEqualTo("red");
        assertThat(DeadlineWarning.NONE.css()).isNull();
    }
}
