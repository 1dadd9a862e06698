package org.yiwang.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An administrative division code (GB/T 2260): six digits, two each for the province, the city
 * (prefecture) and the county. {@code 110000} is Beijing, {@code 110100} its city level, {@code 110105}
 * Chaoyang District.
 *
 * <p>Besides the GB/T 2260 codes, {@code 100000} stands for the nation as a whole: GB 32100 uses it in
 * the credit codes of bodies registered by central authorities. It has level {@link Level#NATIONAL} and
 * sits outside the province → city → county tree.
 *
 * <p>Only the structure is checked here; whether a code names a division that exists today is the
 * {@link DivisionDirectory}'s business.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    public enum Level { NATIONAL, PROVINCE, CITY, COUNTY }

    public static final DivisionCode NATIONAL = new DivisionCode("100000");

    private static final String FIELD = "value";

    /** GB/T 2260 province codes: the five regions 1–6, plus Taiwan (71), Hong Kong (81) and Macao (82). */
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15,
            21, 22, 23,
            31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54,
            61, 62, 63, 64, 65,
            71, 81, 82);

    private final String value;

    private DivisionCode(String value) {
        this.value = value;
    }

    /** The code, or a refusal naming the broken rule under the field {@code value}. */
    public static DivisionCode parse(String input) {
        List<RuleViolation> violations = check(input);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new DivisionCode(input.strip());
    }

    /** Every rule the input breaks; empty when it is a well-formed division code. */
    public static List<RuleViolation> check(String input) {
        if (input == null || input.isBlank()) {
            return List.of(RuleViolation.of(FIELD, "division-code.required"));
        }
        String value = input.strip();
        if (value.length() != 6 || !AsciiDigits.all(value)) {
            return List.of(RuleViolation.of(FIELD, "division-code.format"));
        }
        if (value.equals(NATIONAL.value)) {
            return List.of();
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (!PROVINCES.contains(Integer.parseInt(value, 0, 2, 10))) {
            violations.add(RuleViolation.of(FIELD, "division-code.province", value.substring(0, 2)));
        }
        // A county hangs under a city-level unit: even counties directly under a province have one (e.g. 4290xx).
        if (value.startsWith("00", 2) && !value.startsWith("00", 4)) {
            violations.add(RuleViolation.of(FIELD, "division-code.city-part"));
        }
        return violations;
    }

    public String value() {
        return value;
    }

    public Level level() {
        if (equals(NATIONAL)) {
            return Level.NATIONAL;
        }
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith("00") ? Level.CITY : Level.COUNTY;
    }

    /**
     * The digits that matter at this level: {@code 11} for Beijing, {@code 1101} for its city level,
     * {@code 110105} for Chaoyang, and nothing for the nation. Every division inside this one starts with it.
     */
    public String prefix() {
        return switch (level()) {
            case NATIONAL -> "";
            case PROVINCE -> value.substring(0, 2);
            case CITY -> value.substring(0, 4);
            case COUNTY -> value;
        };
    }

    /** The province this division lies in (itself for a province); empty for the nation. */
    public Optional<DivisionCode> province() {
        return level() == Level.NATIONAL ? Optional.empty() : Optional.of(padded(value.substring(0, 2)));
    }

    /** The city-level division this one lies in (itself for a city); empty for a province or the nation. */
    public Optional<DivisionCode> city() {
        return switch (level()) {
            case NATIONAL, PROVINCE -> Optional.empty();
            case CITY, COUNTY -> Optional.of(padded(value.substring(0, 4)));
        };
    }

    /** The division one level up: county → city → province; empty for a province and for the nation. */
    public Optional<DivisionCode> parent() {
        return switch (level()) {
            case NATIONAL, PROVINCE -> Optional.empty();
            case CITY -> province();
            case COUNTY -> city();
        };
    }

    /** Whether {@code other} is this division or lies inside it. */
    public boolean contains(DivisionCode other) {
        return other.value.startsWith(prefix());
    }

    private static DivisionCode padded(String prefix) {
        return new DivisionCode((prefix + "000000").substring(0, 6));
    }

    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DivisionCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
