package org.yiwang.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;
import org.yiwang.common.Sex;

/**
 * A person's register values in the clear, already checked by {@link PersonRules}. Sex and birth date are
 * not stored separately here: the ID number carries them.
 *
 * @param currentAddress may be null
 * @param phone may be null
 */
public record PersonRecord(IdNumber idNumber, String name, Ethnicity ethnicity, DivisionCode householdDivision,
        String householdAddress, String currentAddress, String phone, MaritalStatus maritalStatus,
        PersonStatus status) {

    /** Field names as used in change history, events and data-use records. */
    public static final String ID_NUMBER = "idNumber";
    public static final String PHONE = "phone";
    /** Fields whose old and new values never go into the history in the clear. */
    public static final Set<String> SENSITIVE_FIELDS = Set.of(ID_NUMBER, PHONE);

    public PersonRecord {
        Objects.requireNonNull(idNumber);
        Objects.requireNonNull(name);
        Objects.requireNonNull(ethnicity);
        Objects.requireNonNull(householdDivision);
        Objects.requireNonNull(householdAddress);
        Objects.requireNonNull(maritalStatus);
        Objects.requireNonNull(status);
    }

    public Sex sex() {
        return idNumber.sex();
    }

    public LocalDate birthDate() {
        return idNumber.birthDate();
    }

    /** Every field by name, in the clear (ID number and phone included): for comparison, never for storage. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ID_NUMBER, idNumber.value());
        fields.put("name", name);
        fields.put("ethnicity", ethnicity.code());
        fields.put("householdDivision", householdDivision.value());
        fields.put("householdAddress", householdAddress);
        fields.put("currentAddress", currentAddress);
        fields.put(PHONE, phone);
        fields.put("maritalStatus", maritalStatus.code());
        fields.put("status", status.name());
        return fields;
    }

    /** The names of the fields whose value differs from {@code before}, in field order. */
    public Set<String> changedFrom(PersonRecord before) {
        Map<String, String> old = before.fields();
        Set<String> changed = new LinkedHashSet<>();
        fields().forEach((field, value) -> {
            if (!Objects.equals(value, old.get(field))) {
                changed.add(field);
            }
        });
        return changed;
    }
}
