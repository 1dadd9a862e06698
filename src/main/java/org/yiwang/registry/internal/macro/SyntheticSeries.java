package org.yiwang.registry.internal.macro;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plausible, made-up indicator series: a level for the division that grows a few per cent a year with some noise,
 * quarterly and monthly values following the same trend. The same seed gives the same series. The figures are
 * invented for demonstrations and tests; they are not statistics.
 */
public final class SyntheticSeries {

    public record Value(String indicator, String period, BigDecimal value) {
    }

    private SyntheticSeries() {
    }

    /**
     * Values for one division from {@code firstYear} to {@code lastYear}; {@code weight} scales the economy
     * (1 for a province of about 65 million people, less for a city).
     */
    public static List<Value> forDivision(String divisionCode, double weight, int firstYear, int lastYear, long seed) {
        Random random = new Random(seed ^ Long.parseLong(divisionCode) * 0x9E3779B97F4A7C15L);
        List<Value> values = new ArrayList<>();
        double gdp = 50_000 * weight * (0.8 + 0.4 * random.nextDouble());
        double population = 6_000 * weight * (0.9 + 0.2 * random.nextDouble());
        double revenueShare = 0.09 + 0.03 * random.nextDouble();
        double income = 45_000 * (0.85 + 0.3 * random.nextDouble());
        double retailShare = 0.35 + 0.1 * random.nextDouble();
        for (int year = firstYear; year <= lastYear; year++) {
            String y = Integer.toString(year);
            values.add(new Value("gdp", y, round(gdp, 2)));
            values.add(new Value("resident-population", y, round(population, 2)));
            values.add(new Value("budget-revenue", y, round(gdp * revenueShare, 2)));
            values.add(new Value("disposable-income", y, round(income, 0)));
            for (int quarter = 1; quarter <= 4; quarter++) {
                double seasonal = 0.22 + 0.02 * quarter + 0.01 * random.nextGaussian();
                values.add(new Value("retail-sales", y + "Q" + quarter, round(gdp * retailShare * seasonal, 2)));
            }
            for (int month = 1; month <= 12; month++) {
                values.add(new Value("cpi", "%d-%02d".formatted(year, month), round(100.2 + 0.8 * random.nextGaussian(), 1)));
            }
            double growth = 1.04 + 0.03 * random.nextDouble();
            gdp *= growth;
            population *= 1.002 + 0.008 * random.nextDouble();
            income *= growth + 0.005;
        }
        return values;
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
