package org.yiwang.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): registering authority, organisation
 * type, the registering authority's division code, the nine-character organisation code (GB 11714, itself
 * ending in a check character) and a check character over the whole. An instance is always valid.
 */
public final class CreditCode {

    /** The 31 characters a credit code may use, in the order that gives each its value: no I, O, S, V or Z. */
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final String FIELD = "value";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANIZATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final String value;
    private final RegistrationAuthority authority;
    private final OrganizationType type;
    private final DivisionCode divisionCode;

    private CreditCode(String value) {
        this.value = value;
        this.authority = RegistrationAuthority.ofCode(value.charAt(0)).orElseThrow();
        this.type = authority.type(value.charAt(1)).orElseThrow();
        this.divisionCode = DivisionCode.parse(value.substring(2, 8));
    }

    /** The credit code, or a refusal naming every broken rule under the field {@code value}. */
    public static CreditCode parse(String input) {
        List<RuleViolation> violations = check(input);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new CreditCode(normalise(input));
    }

    /** Every rule the input breaks; empty when it is a valid credit code. Lower-case letters are accepted. */
    public static List<RuleViolation> check(String input) {
        if (input == null || input.isBlank()) {
            return List.of(violation("credit-code.required"));
        }
        String value = normalise(input);
        if (value.length() != 18) {
            return List.of(violation("credit-code.length", value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            if (CHARACTERS.indexOf(value.charAt(i)) < 0) {
                return List.of(violation("credit-code.characters", i + 1, String.valueOf(value.charAt(i))));
            }
        }
        List<RuleViolation> violations = new ArrayList<>();
        Optional<RegistrationAuthority> authority = RegistrationAuthority.ofCode(value.charAt(0));
        if (authority.isEmpty()) {
            violations.add(violation("credit-code.authority", String.valueOf(value.charAt(0))));
        } else if (authority.get().type(value.charAt(1)).isEmpty()) {
            violations.add(violation("credit-code.type", String.valueOf(value.charAt(1)),
                    String.valueOf(value.charAt(0))));
        }
        if (!DivisionCode.check(value.substring(2, 8)).isEmpty()) {
            violations.add(violation("credit-code.division", value.substring(2, 8)));
        }
        if (organizationCodeCheckCharacter(value.substring(8, 16)) != value.charAt(16)) {
            violations.add(violation("credit-code.organization-code", value.substring(8, 17)));
        }
        if (checkCharacter(value) != value.charAt(17)) {
            violations.add(violation("credit-code.check-character"));
        }
        return violations;
    }

    /**
     * The credit code made of these parts, with both check characters computed. Refuses, like
     * {@link #parse}, an authority, type or division that breaks a rule.
     *
     * @param organizationBody the eight characters of the organisation code before its check character
     * @throws IllegalArgumentException if a part uses characters a credit code cannot hold
     */
    public static CreditCode of(char authority, char type, DivisionCode division, String organizationBody) {
        String body = "" + authority + type + division.value() + organizationBody;
        if (organizationBody.length() != 8 || !body.chars().allMatch(c -> CHARACTERS.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not credit code characters: " + body);
        }
        String first17 = body + organizationCodeCheckCharacter(organizationBody);
        return parse(first17 + checkCharacter(first17));
    }

    public String value() {
        return value;
    }

    public RegistrationAuthority authority() {
        return authority;
    }

    public OrganizationType organizationType() {
        return type;
    }

    /** The division of the authority that registered the organisation; {@link DivisionCode#NATIONAL} for central ones. */
    public DivisionCode divisionCode() {
        return divisionCode;
    }

    /** The nine-character organisation code (GB 11714), check character included. */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    /** Lower-case letters are fixed up; anything else outside the character set stays and is refused. */
    private static String normalise(String input) {
        StringBuilder value = new StringBuilder(input.strip());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                value.setCharAt(i, (char) (c - 'a' + 'A'));
            }
        }
        return value.toString();
    }

    /** GB 32100 check character over the first 17 characters: c = 31 − (Σ vᵢ·wᵢ mod 31), 31 written as 0. */
    private static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(value.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /**
     * GB 11714 check character over the eight-character body of an organisation code: C = 11 − (Σ cᵢ·wᵢ mod 11),
     * 10 written as X and 11 as 0. GB 11714 values letters by their place in the full alphabet (A=10 … Z=35),
     * not by their place in the credit code's character set.
     */
    private static char organizationCodeCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * ORGANIZATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }

    private static RuleViolation violation(String rule, Object... args) {
        return RuleViolation.of(FIELD, rule, args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode code && code.value.equals(value);
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
