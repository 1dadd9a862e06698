package org.yiwang.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** The messages of a refusal keyed by field, in the reader's language, for re-showing a form beside its fields. */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(RuleViolationException refusal, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (RuleViolation v : refusal.violations()) {
            byField.merge(v.field(), messages.getMessage(v.messageKey(), v.args().toArray(), v.rule(), locale),
                    (a, b) -> a + "；" + b);
        }
        return byField;
    }
}
