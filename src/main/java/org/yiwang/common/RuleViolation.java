package org.yiwang.common;

import java.util.List;

/**
 * One broken rule: which field, which rule (a stable code such as {@code id-number.check-digit}
 * that doubles as the message key {@code rule.id-number.check-digit}), and the values the message needs.
 */
public record RuleViolation(String field, String rule, List<Object> args) {

    public RuleViolation {
        args = List.copyOf(args);
    }

    public static RuleViolation of(String field, String rule, Object... args) {
        return new RuleViolation(field, rule, List.of(args));
    }

    /** The same violation reported under another field name, e.g. when a value type is parsed for a form field. */
    public RuleViolation forField(String otherField) {
        return new RuleViolation(otherField, rule, args);
    }

    public String messageKey() {
        return "rule." + rule;
    }
}
