package org.yiwang.registry;

/**
 * One person as supplied, not yet checked: from a form, a JSON body or a CSV row. {@link PersonRules} turns
 * it into a {@link PersonRecord} or names every broken rule.
 *
 * @param sex optional; when given ({@code MALE}/{@code FEMALE}, GB/T 2261.1 {@code 1}/{@code 2}, 男/女) it must
 *            agree with the ID number
 * @param birthDate optional ISO date; when given it must agree with the ID number
 * @param ethnicity GB 3304 code, e.g. {@code 01}
 * @param maritalStatus GB/T 2261.2 code, e.g. {@code 20}
 * @param status {@code LIVING} (the default when blank), {@code DECEASED} or {@code EMIGRATED}
 */
public record PersonInput(String idNumber, String name, String sex, String birthDate, String ethnicity,
        String householdDivision, String householdAddress, String currentAddress, String phone,
        String maritalStatus, String status) {
}
