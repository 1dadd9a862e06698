package org.yiwang.organization.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.yiwang.common.RuleViolationException;

/** A refusal turned into one message per form field, in the reader's language, for the admin pages. */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> of(RuleViolationException refusal, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.violations().forEach(v -> errors.merge(v.field(),
                messages.getMessage(v.messageKey(), v.args().toArray(), v.rule(), locale),
                (first, second) -> first + " " + second));
        return errors;
    }
}
