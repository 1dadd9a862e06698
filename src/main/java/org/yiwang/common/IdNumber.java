package org.yiwang.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A citizen ID number (公民身份号码, GB 11643-1999): six digits of division code, the birth date as
 * YYYYMMDD, a three-digit sequence number (odd for men, even for women) and a check character.
 *
 * <p>An instance is always valid. It never prints the full number by accident: {@link #toString()} gives
 * the masked form; ask {@link #value()} for the whole number where it is really needed.
 */
public final class IdNumber {

    private static final String FIELD = "value";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for each value of Σ dᵢ·wᵢ mod 11. */
    private static final String CHECK_CHARACTERS = "10X98765432";

    private final String value;
    private final DivisionCode divisionCode;
    private final LocalDate birthDate;

    private IdNumber(String value) {
        this.value = value;
        this.divisionCode = DivisionCode.parse(value.substring(0, 6));
        this.birthDate = birthDate(value).orElseThrow();
    }

    /** The ID number, or a refusal naming every broken rule under the field {@code value}. */
    public static IdNumber parse(String input) {
        List<RuleViolation> violations = check(input);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new IdNumber(normalise(input));
    }

    /** Every rule the input breaks, judged against today in China; empty when it is a valid ID number. */
    public static List<RuleViolation> check(String input) {
        return check(input, LocalDate.now(ZONE));
    }

    static List<RuleViolation> check(String input, LocalDate today) {
        if (input == null || input.isBlank()) {
            return List.of(violation("id-number.required"));
        }
        String value = normalise(input);
        if (value.length() != 18) {
            return List.of(violation("id-number.length", value.length()));
        }
        char last = value.charAt(17);
        if (!AsciiDigits.all(value.substring(0, 17)) || !AsciiDigits.is(last) && last != 'X') {
            return List.of(violation("id-number.characters"));
        }
        List<RuleViolation> violations = new ArrayList<>();
        String division = value.substring(0, 6);
        if (!DivisionCode.check(division).isEmpty() || division.equals(DivisionCode.NATIONAL.value())) {
            violations.add(violation("id-number.division", division));
        }
        Optional<LocalDate> birthDate = birthDate(value);
        if (birthDate.isEmpty() || birthDate.get().isBefore(EARLIEST_BIRTH_DATE)) {
            violations.add(violation("id-number.birth-date", value.substring(6, 14)));
        } else if (birthDate.get().isAfter(today)) {
            violations.add(violation("id-number.birth-date-future", birthDate.get().toString()));
        }
        if (value.startsWith("000", 14)) {
            violations.add(violation("id-number.sequence"));
        }
        if (checkCharacter(value) != value.charAt(17)) {
            violations.add(violation("id-number.check-character"));
        }
        return violations;
    }

    /**
     * The ID number of someone born on {@code birthDate} in {@code division} with the given sequence
     * number, its check character computed. Refuses, like {@link #parse}, a combination that breaks a rule.
     *
     * @throws IllegalArgumentException if the sequence does not fit in three digits or is 0
     */
    public static IdNumber of(DivisionCode division, LocalDate birthDate, int sequence) {
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("sequence must be 1..999, was " + sequence);
        }
        String body = division.value() + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
        return parse(body + checkCharacter(body));
    }

    /** The full 18-character number (with a capital X). Show it only to those who may see it. */
    public String value() {
        return value;
    }

    /** The number with the birth date hidden: {@code 110105********002X}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    public DivisionCode divisionCode() {
        return divisionCode;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The three-digit sequence number that tells people born on the same day in the same place apart. */
    public int sequence() {
        return Integer.parseInt(value, 14, 17, 10);
    }

    public Sex sex() {
        return sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Only the lower-case x may be fixed up; every other character must already be right. */
    private static String normalise(String input) {
        String value = input.strip();
        return value.endsWith("x") ? value.substring(0, value.length() - 1) + 'X' : value;
    }

    private static Optional<LocalDate> birthDate(String value) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(value, 6, 10, 10), Integer.parseInt(value, 10, 12, 10),
                    Integer.parseInt(value, 12, 14, 10)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The check character for the first 17 digits of {@code value}. */
    private static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static RuleViolation violation(String rule, Object... args) {
        return RuleViolation.of(FIELD, rule, args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form, so that logs and messages never carry a full ID number. */
    @Override
    public String toString() {
        return masked();
    }
}
