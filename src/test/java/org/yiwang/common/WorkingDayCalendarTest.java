package org.yiwang.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The arithmetic on a small hand-made calendar; the 2026 national data is tested with the organization module. */
class WorkingDayCalendarTest {

    // Week of Monday 2030-09-30: Tuesday 10-01 is a holiday and Saturday 10-05 a make-up working day.
    static final LocalDate MONDAY = LocalDate.of(2030, 9, 30);
    static final LocalDate HOLIDAY = LocalDate.of(2030, 10, 1);
    static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2030, 10, 5);
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(Set.of(HOLIDAY), Set.of(MAKE_UP_SATURDAY));

    @Test
    void weekdays_are_working_days_and_weekends_are_not() {
        WorkingDayCalendar plain = WorkingDayCalendar.weekendsOnly();

        assertThat(plain.isWorkingDay(MONDAY)).isTrue();
        assertThat(plain.isWorkingDay(LocalDate.of(2030, 10, 4))).isTrue();
        assertThat(plain.isWorkingDay(LocalDate.of(2030, 10, 5))).isFalse();
        assertThat(plain.isWorkingDay(LocalDate.of(2030, 10, 6))).isFalse();
    }

    @Test
    void holiday_is_no_working_day_and_make_up_weekend_day_is_one() {
        assertThat(CALENDAR.isWorkingDay(HOLIDAY)).isFalse();
        assertThat(CALENDAR.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2030, 10, 6))).isFalse();
    }

    @Test
    void the_starting_day_does_not_count() {
        assertThat(CALENDAR.addWorkingDays(MONDAY, 1)).isEqualTo(LocalDate.of(2030, 10, 2));
    }

    @Test
    void period_skips_holidays_and_weekends_and_uses_make_up_days() {
        assertThat(CALENDAR.addWorkingDays(MONDAY, 4)).isEqualTo(MAKE_UP_SATURDAY);
        assertThat(CALENDAR.addWorkingDays(MONDAY, 5)).isEqualTo(LocalDate.of(2030, 10, 7));
    }

    @Test
    void period_starting_on_a_day_off_counts_from_the_next_working_day() {
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2030, 10, 6), 1)).isEqualTo(LocalDate.of(2030, 10, 7));
        assertThat(CALENDAR.addWorkingDays(HOLIDAY, 1)).isEqualTo(LocalDate.of(2030, 10, 2));
    }

    @Test
    void zero_working_days_end_on_the_starting_day() {
        assertThat(CALENDAR.addWorkingDays(HOLIDAY, 0)).isEqualTo(HOLIDAY);
    }

    @Test
    void refuses_negative_periods() {
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.addWorkingDays(MONDAY, -1));
    }

    @Test
    void counts_working_days_after_the_first_date_up_to_and_including_the_second() {
        assertThat(CALENDAR.countWorkingDays(MONDAY, MONDAY)).isZero();
        assertThat(CALENDAR.countWorkingDays(MONDAY, HOLIDAY)).isZero();
        assertThat(CALENDAR.countWorkingDays(MONDAY, LocalDate.of(2030, 10, 2))).isEqualTo(1);
        assertThat(CALENDAR.countWorkingDays(MONDAY, LocalDate.of(2030, 10, 7))).isEqualTo(5);
    }

    @Test
    void counting_undoes_adding() {
        for (int days = 0; days <= 30; days++) {
            assertThat(CALENDAR.countWorkingDays(MONDAY, CALENDAR.addWorkingDays(MONDAY, days))).isEqualTo(days);
        }
    }

    @Test
    void refuses_to_count_backwards() {
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.countWorkingDays(MONDAY, MONDAY.minusDays(1)));
    }

    @Test
    void refuses_a_day_that_is_both_holiday_and_working_day() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.of(Set.of(HOLIDAY), Set.of(HOLIDAY)));
    }

    @Test
    void covers_the_years_that_have_holidays() {
        assertThat(CALENDAR.covers(2030)).isTrue();
        assertThat(CALENDAR.covers(2031)).isFalse();
        assertThat(CALENDAR.covers(MONDAY, LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(CALENDAR.covers(MONDAY, LocalDate.of(2031, 1, 5))).isFalse();
        assertThat(WorkingDayCalendar.weekendsOnly().covers(2030)).isFalse();
    }
}
