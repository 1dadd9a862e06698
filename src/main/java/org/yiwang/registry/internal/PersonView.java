package org.yiwang.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person's record as one reader may see it: in the clear, or masked (ID number, name, phone and addresses
 * masked; birth date left out because the masked ID number hides it too).
 *
 * @param messageId the data-use record of this answer; null when a citizen reads his own record
 */
record PersonView(long personId, String idNumber, String name, String sex, LocalDate birthDate, String ethnicity,
        String ethnicityName, String householdDivision, String householdDivisionName, String householdAddress,
        String currentAddress, String phone, String maritalStatus, String status, String suppliedBy,
        Instant changedAt, boolean masked, UUID messageId) {

    /** The personal-data fields this view carries, a masked one marked {@code :masked}. */
    List<String> returnedFields() {
        List<String> fields = new ArrayList<>();
        add(fields, "idNumber", idNumber, true);
        add(fields, "name", name, true);
        add(fields, "sex", sex, false);
        add(fields, "birthDate", birthDate, false);
        add(fields, "ethnicity", ethnicity, false);
        add(fields, "householdDivision", householdDivision, false);
        add(fields, "householdAddress", householdAddress, true);
        add(fields, "currentAddress", currentAddress, true);
        add(fields, "phone", phone, true);
        add(fields, "maritalStatus", maritalStatus, false);
        add(fields, "status", status, false);
        return fields;
    }

    private void add(List<String> fields, String field, Object value, boolean maskable) {
        if (value != null) {
            fields.add(masked && maskable ? field + ":masked" : field);
        }
    }
}
