package org.yiwang.organization.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yiwang.common.WorkingDayCalendar;

/** Deadlines on the national calendar the platform ships, across the 2025 and 2026 holidays and their 调休. */
class NationalHolidaysTest {

    static final WorkingDayCalendar CALENDAR = CalendarWorkingDays.calendarOf(CalendarSeedFile.read());

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the_shipped_file_holds_both_years_and_only_weekend_make_up_days() {
        assertThat(CalendarSeedFile.read()).hasSize(72)
                .filteredOn(entry -> entry.kind() == CalendarDayKind.WORKDAY)
                .allSatisfy(entry -> assertThat(entry.date().getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6));
        assertThat(CALENDAR.covers(2025)).isTrue();
        assertThat(CALENDAR.covers(2026)).isTrue();
        assertThat(CALENDAR.covers(2027)).isFalse();
    }

    @Test
    void five_working_days_from_30_september_2026_end_on_13_october() {
        // 1–7 October are holidays, Saturday 10 October is worked.
        assertThat(CALENDAR.addWorkingDays(day("2026-09-30"), 5)).isEqualTo(day("2026-10-13"));
    }

    @Test
    void national_day_make_up_saturday_counts_as_a_working_day() {
        assertThat(CALENDAR.isWorkingDay(day("2026-10-03"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(day("2026-10-10"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(day("2026-10-11"))).isFalse();
        assertThat(CALENDAR.addWorkingDays(day("2026-10-09"), 1)).isEqualTo(day("2026-10-10"));
    }

    @Test
    void disclosure_deadline_of_20_working_days_runs_through_mid_autumn_and_national_day() {
        // Sunday 20 September is worked, 25–27 September (中秋) and 1–7 October are not.
        assertThat(CALENDAR.addWorkingDays(day("2026-09-15"), 20)).isEqualTo(day("2026-10-19"));
        assertThat(CALENDAR.countWorkingDays(day("2026-09-15"), day("2026-10-19"))).isEqualTo(20);
    }

    @Test
    void spring_festival_2026_skips_nine_days_between_two_make_up_saturdays() {
        assertThat(CALENDAR.addWorkingDays(day("2026-02-13"), 1)).isEqualTo(day("2026-02-14"));
        assertThat(CALENDAR.addWorkingDays(day("2026-02-14"), 1)).isEqualTo(day("2026-02-24"));
        assertThat(CALENDAR.addWorkingDays(day("2026-02-27"), 1)).isEqualTo(day("2026-02-28"));
        assertThat(CALENDAR.countWorkingDays(day("2026-02-13"), day("2026-02-28"))).isEqualTo(6);
    }

    @Test
    void new_year_2026_works_on_sunday_4_january() {
        assertThat(CALENDAR.isWorkingDay(day("2026-01-02"))).isFalse();
        assertThat(CALENDAR.addWorkingDays(day("2025-12-31"), 1)).isEqualTo(day("2026-01-04"));
    }

    @Test
    void national_day_2025_lasts_eight_days() {
        assertThat(CALENDAR.addWorkingDays(day("2025-09-30"), 1)).isEqualTo(day("2025-10-09"));
        assertThat(CALENDAR.countWorkingDays(day("2025-09-26"), day("2025-10-12"))).isEqualTo(6);
    }

    @Test
    void a_year_without_data_counts_weekends_only() {
        // 1 January 2027 is a Friday; without the 2027 notice it is an ordinary working day.
        assertThat(CALENDAR.addWorkingDays(day("2026-12-31"), 1)).isEqualTo(day("2027-01-01"));
    }
}
