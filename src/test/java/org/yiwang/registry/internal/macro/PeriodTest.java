package org.yiwang.registry.internal.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void reads_a_year_a_quarter_and_a_month() {
        assertThat(Period.parse("2025")).hasValue(new Period("2025", Frequency.ANNUAL, LocalDate.of(2025, 1, 1)));
        assertThat(Period.parse("2025Q3")).hasValue(new Period("2025Q3", Frequency.QUARTERLY, LocalDate.of(2025, 7, 1)));
        assertThat(Period.parse("2025-07")).hasValue(new Period("2025-07", Frequency.MONTHLY, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void a_period_ends_where_the_next_begins() {
        assertThat(Period.parse("2025").orElseThrow().end()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.parse("2025Q4").orElseThrow().end()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.parse("2025-02").orElseThrow().end()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void refuses_what_is_no_period() {
        assertThat(Period.parse("2025Q5")).isEmpty();
        assertThat(Period.parse("2025-13")).isEmpty();
        assertThat(Period.parse("25")).isEmpty();
        assertThat(Period.parse("1900")).isEmpty();
        assertThat(Period.parse(null)).isEmpty();
    }
}
