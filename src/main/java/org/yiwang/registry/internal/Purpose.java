package org.yiwang.registry.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** Every read of a register record states why: a missing, blank or overlong purpose is a bad request. */
final class Purpose {

    static final int MAX_LENGTH = 200;

    private Purpose() {
    }

    static String check(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw refusal(RuleViolation.of("purpose", "registry.purpose.required"));
        }
        String stripped = purpose.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw refusal(RuleViolation.of("purpose", "registry.purpose.length", MAX_LENGTH));
        }
        return stripped;
    }

    private static RuleViolationException refusal(RuleViolation violation) {
        return new RuleViolationException(HttpStatus.BAD_REQUEST, List.of(violation));
    }
}
