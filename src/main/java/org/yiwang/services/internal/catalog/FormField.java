package org.yiwang.services.internal.catalog;

import java.util.List;

/**
 * One field of an item's application form, stored as data in the item and rendered as a page.
 *
 * @param type {@code text}, {@code textarea}, {@code date}, {@code number}, {@code select}, {@code idNumber}
 *        or {@code phone}
 * @param pattern a regular expression the value must match in full; null for none
 * @param prefill where the registers hold the value, e.g. {@code person.name}, {@code person.householdAddress},
 *        {@code entity.name}; null when only the applicant knows it
 * @param options the choices of a {@code select}
 * @param subject whether the field identifies the subject of the application (the enterprise to be founded,
 *        the newborn): one subject has at most one open application per item
 */
public record FormField(String name, String label, String type, boolean required, Integer maxLength, String pattern,
        String prefill, List<String> options, boolean subject) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public int maxLengthOrDefault() {
        return maxLength == null ? 200 : maxLength;
    }
}
