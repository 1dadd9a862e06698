package org.yiwang.registry.internal.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticSeriesTest {

    @Test
    void the_same_seed_gives_the_same_series() {
        assertThat(SyntheticSeries.forDivision("330100", 0.2, 2016, 2025, 42))
                .isEqualTo(SyntheticSeries.forDivision("330100", 0.2, 2016, 2025, 42));
        assertThat(SyntheticSeries.forDivision("330100", 0.2, 2016, 2025, 42))
                .isNotEqualTo(SyntheticSeries.forDivision("330100", 0.2, 2016, 2025, 43));
    }

    @Test
    void every_period_has_the_form_its_indicator_is_measured_in() {
        List<SyntheticSeries.Value> values = SyntheticSeries.forDivision("330000", 1, 2024, 2025, 1);
        assertThat(values).hasSize(2 * (4 + 4 + 12));
        assertThat(values).allSatisfy(v -> {
            Frequency expected = switch (v.indicator()) {
                case "retail-sales" -> Frequency.QUARTERLY;
                case "cpi" -> Frequency.MONTHLY;
                default -> Frequency.ANNUAL;
            };
            assertThat(Period.parse(v.period())).hasValueSatisfying(p -> assertThat(p.frequency()).isEqualTo(expected));
            assertThat(v.value().signum()).isPositive();
        });
    }

    @Test
    void the_economy_grows_from_year_to_year() {
        List<SyntheticSeries.Value> gdp = SyntheticSeries.forDivision("330200", 0.15, 2016, 2025, 7).stream()
                .filter(v -> v.indicator().equals("gdp")).toList();
        for (int i = 1; i < gdp.size(); i++) {
            assertThat(gdp.get(i).value()).isGreaterThan(gdp.get(i - 1).value());
        }
    }
}
