package org.yiwang.services.internal.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.services.internal.catalog.FormField;

/** Checks the values of an application form against the item's form definition. */
final class FormCheck {

    static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");

    private FormCheck() {
    }

    /**
     * The form's values, stripped, in the definition's order; fields the definition does not know are dropped.
     *
     * @param broken collects one violation per broken rule, named {@code form.<field>}
     */
    static Map<String, String> check(List<FormField> definition, Map<String, String> input, List<RuleViolation> broken) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : definition) {
            String raw = input.get(field.name());
            String value = raw == null ? null : raw.strip();
            String name = "form." + field.name();
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    broken.add(RuleViolation.of(name, "services.form.required", field.label()));
                }
                continue;
            }
            values.put(field.name(), value);
            if (value.length() > field.maxLengthOrDefault()) {
                broken.add(RuleViolation.of(name, "services.form.length", field.label(), field.maxLengthOrDefault()));
                continue;
            }
            String rule = typeRule(field, value);
            if (rule != null) {
                broken.add(RuleViolation.of(name, rule, field.label()));
            } else if (field.pattern() != null && !value.matches(field.pattern())) {
                broken.add(RuleViolation.of(name, "services.form.pattern", field.label()));
            }
        }
        return values;
    }

    private static String typeRule(FormField field, String value) {
        switch (field.type()) {
            case "date":
                try {
                    LocalDate.parse(value);
                    return null;
                } catch (DateTimeParseException e) {
                    return "services.form.date";
                }
            case "number":
                try {
                    return new BigDecimal(value).signum() < 0 ? "services.form.number" : null;
                } catch (NumberFormatException e) {
                    return "services.form.number";
                }
            case "idNumber":
                try {
                    IdNumber.parse(value);
                    return null;
                } catch (RuleViolationException e) {
                    return "services.form.id-number";
                }
            case "phone":
                return PHONE.matcher(value).matches() ? null : "services.form.phone";
            case "select":
                return field.options().contains(value) ? null : "services.form.option";
            default:
                return null;
        }
    }
}
