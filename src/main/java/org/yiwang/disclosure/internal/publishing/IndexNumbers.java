package org.yiwang.disclosure.internal.publishing;

import java.time.LocalDate;
import java.util.Optional;
import org.yiwang.common.RuleViolation;

/**
 * 索引号: {@code <department code>-<year>-<category abbreviation>-<sequence>}, e.g. {@code ZJ-TJ-2025-TJXX-00002},
 * the year being the year of publication and the sequence counting per department, year and category from 00001.
 * It is given at publication and never changes, so it is the publication's permanent address on the portal.
 */
final class IndexNumbers {

    static final int MAX_LENGTH = 80;

    private IndexNumbers() {
    }

    static String format(String departmentCode, int year, Category category, int sequence) {
        return "%s-%d-%s-%05d".formatted(departmentCode, year, category.abbreviation(), sequence);
    }

    /**
     * Why an index number brought from an archive does not fit the scheme for its department, year of publication
     * and category, if it does not.
     */
    static Optional<RuleViolation> mismatch(String indexNumber, String departmentCode, LocalDate publishedOn,
            Category category, String field) {
        String prefix = "%s-%d-%s-".formatted(departmentCode, publishedOn.getYear(), category.abbreviation());
        boolean fits = indexNumber.length() <= MAX_LENGTH && indexNumber.startsWith(prefix)
                && indexNumber.substring(prefix.length()).matches("\\d{5,9}");
        return fits ? Optional.empty()
                : Optional.of(RuleViolation.of(field, "disclosure.index-number.format", indexNumber, prefix + "00001"));
    }

    /** Whether a path segment may be an index number at all (letters, digits and hyphens), before any lookup. */
    static boolean plausible(String value) {
        return value != null && value.length() <= MAX_LENGTH && value.matches("[A-Za-z0-9-]+");
    }
}
