package org.yiwang.registry.internal.macro;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistical period: a year ({@code 2025}), a quarter ({@code 2025Q3}) or a month ({@code 2025-07}).
 * Years run from 1949, the first year of the national statistics, to 2199.
 */
record Period(String text, Frequency frequency, LocalDate start) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?");

    /** The period written in any of the three forms, or empty when the text is none of them. */
    static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1949 || year > 2199) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            int quarter = Integer.parseInt(m.group(2));
            return Optional.of(new Period(m.group(), Frequency.QUARTERLY, LocalDate.of(year, quarter * 3 - 2, 1)));
        }
        if (m.group(3) != null) {
            return Optional.of(new Period(m.group(), Frequency.MONTHLY, LocalDate.of(year, Integer.parseInt(m.group(3)), 1)));
        }
        return Optional.of(new Period(m.group(), Frequency.ANNUAL, LocalDate.of(year, 1, 1)));
    }

    /** The first day after the period. */
    LocalDate end() {
        return switch (frequency) {
            case ANNUAL -> start.plusYears(1);
            case QUARTERLY -> start.plusMonths(3);
            case MONTHLY -> start.plusMonths(1);
        };
    }
}
