package org.yiwang.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.DivisionDirectory;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.Sex;

/**
 * The rules a person's register values obey. Every broken rule is reported at once, under the field of
 * {@link PersonInput} it concerns, with a rule code whose message is {@code rule.<code>}.
 */
public final class PersonRules {

    static final int MAX_NAME = 50;
    static final int MAX_ADDRESS = 200;
    private static final Pattern NAME = Pattern.compile("[\\p{L}·• ]+");
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");

    private final DivisionDirectory divisions;

    public PersonRules(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    /** The checked person, or a refusal naming every broken rule. */
    public PersonRecord validate(PersonInput input) {
        List<RuleViolation> violations = new ArrayList<>();
        PersonRecord person = build(input, violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return person;
    }

    /** Every rule the input breaks; empty when {@link #validate} would accept it. */
    public List<RuleViolation> check(PersonInput input) {
        List<RuleViolation> violations = new ArrayList<>();
        build(input, violations);
        return violations;
    }

    private PersonRecord build(PersonInput in, List<RuleViolation> violations) {
        IdNumber id = idNumber(in.idNumber(), violations);
        if (id != null) {
            checkSex(in.sex(), id, violations);
            checkBirthDate(in.birthDate(), id, violations);
        }
        String name = name(in.name(), violations);
        Ethnicity ethnicity = required(in.ethnicity(), "ethnicity", violations)
                ? Ethnicity.ofCode(in.ethnicity()).orElseGet(
                        () -> add(violations, "ethnicity", "registry.ethnicity.unknown", in.ethnicity()))
                : null;
        DivisionCode household = division(in.householdDivision(), "householdDivision", divisions, violations);
        String householdAddress = address(in.householdAddress(), "householdAddress", true, violations);
        String currentAddress = address(in.currentAddress(), "currentAddress", false, violations);
        String phone = phone(in.phone(), violations);
        MaritalStatus marital = required(in.maritalStatus(), "maritalStatus", violations)
                ? MaritalStatus.ofCode(in.maritalStatus().strip()).orElseGet(() -> add(violations, "maritalStatus",
                        "registry.marital-status.unknown", in.maritalStatus()))
                : null;
        PersonStatus status = status(in.status(), violations);
        if (!violations.isEmpty()) {
            return null;
        }
        return new PersonRecord(id, name, ethnicity, household, householdAddress, currentAddress, phone, marital,
                status);
    }

    private IdNumber idNumber(String input, List<RuleViolation> violations) {
        IdNumber id;
        try {
            id = IdNumber.parse(input);
        } catch (RuleViolationException broken) {
            broken.violations().forEach(v -> violations.add(v.forField("idNumber")));
            return null;
        }
        if (!divisions.recognises(id.divisionCode())) {
            violations.add(RuleViolation.of("idNumber", "id-number.division-unknown", id.divisionCode().value()));
            return null;
        }
        return id;
    }

    private static void checkSex(String input, IdNumber id, List<RuleViolation> violations) {
        if (input == null || input.isBlank()) {
            return;
        }
        Optional<Sex> sex = switch (input.strip().toUpperCase()) {
            case "MALE", "1", "男" -> Optional.of(Sex.MALE);
            case "FEMALE", "2", "女" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
        if (sex.isEmpty()) {
            violations.add(RuleViolation.of("sex", "registry.sex.unknown", input));
        } else if (sex.get() != id.sex()) {
            violations.add(RuleViolation.of("sex", "registry.sex.mismatch"));
        }
    }

    private static void checkBirthDate(String input, IdNumber id, List<RuleViolation> violations) {
        if (input == null || input.isBlank()) {
            return;
        }
        String date = input.strip();
        if (date.equals(id.birthDate().toString())) {
            return;
        }
        try {
            if (!LocalDate.parse(date).equals(id.birthDate())) {
                violations.add(RuleViolation.of("birthDate", "registry.birth-date.mismatch", input.strip()));
            }
        } catch (DateTimeParseException e) {
            violations.add(RuleViolation.of("birthDate", "request.date", input));
        }
    }

    private static String name(String input, List<RuleViolation> violations) {
        if (!required(input, "name", violations)) {
            return null;
        }
        String name = input.strip();
        if (name.length() > MAX_NAME) {
            violations.add(RuleViolation.of("name", "registry.name.length", MAX_NAME));
        } else if (!NAME.matcher(name).matches()) {
            violations.add(RuleViolation.of("name", "registry.name.characters"));
        }
        return name;
    }

    /** A known GB/T 2260 division: the register does not accept a household in a place that is not on record. */
    static DivisionCode division(String input, String field, DivisionDirectory divisions,
            List<RuleViolation> violations) {
        if (!required(input, field, violations)) {
            return null;
        }
        List<RuleViolation> broken = DivisionCode.check(input.strip());
        if (!broken.isEmpty()) {
            broken.forEach(v -> violations.add(v.forField(field)));
            return null;
        }
        DivisionCode code = DivisionCode.parse(input.strip());
        if (!divisions.isKnown(code)) {
            violations.add(RuleViolation.of(field, "division-code.unknown", code.value()));
        }
        return code;
    }

    static String address(String input, String field, boolean required, List<RuleViolation> violations) {
        if (input == null || input.isBlank()) {
            if (required) {
                violations.add(RuleViolation.of(field, "registry.required"));
            }
            return null;
        }
        String address = input.strip();
        if (address.length() > MAX_ADDRESS) {
            violations.add(RuleViolation.of(field, "registry.address.length", MAX_ADDRESS));
        }
        return address;
    }

    private static String phone(String input, List<RuleViolation> violations) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String phone = input.strip();
        if (!PHONE.matcher(phone).matches()) {
            violations.add(RuleViolation.of("phone", "registry.phone.format"));
        }
        return phone;
    }

    private static PersonStatus status(String input, List<RuleViolation> violations) {
        if (input == null || input.isBlank()) {
            return PersonStatus.LIVING;
        }
        try {
            return PersonStatus.valueOf(input.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            violations.add(RuleViolation.of("status", "registry.status.unknown", input));
            return null;
        }
    }

    static boolean required(String input, String field, List<RuleViolation> violations) {
        if (input == null || input.isBlank()) {
            violations.add(RuleViolation.of(field, "registry.required"));
            return false;
        }
        return true;
    }

    private static <T> T add(List<RuleViolation> violations, String field, String rule, Object arg) {
        violations.add(RuleViolation.of(field, rule, arg));
        return null;
    }
}
