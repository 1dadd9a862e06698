package org.yiwang.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Input that breaks one or more rules. The web layer turns it into an RFC 9457 problem detail that
 * names each field and rule in the caller's language; the default status is 422, while a conflict with
 * what already exists (a duplicate registration) uses 409.
 */
public class RuleViolationException extends RuntimeException {

    private final List<RuleViolation> violations;
    private final HttpStatus status;

    public RuleViolationException(HttpStatus status, List<RuleViolation> violations) {
        super(violations.isEmpty() ? "rule violated" : violations.get(0).rule());
        this.violations = List.copyOf(violations);
        this.status = status;
    }

    public RuleViolationException(List<RuleViolation> violations) {
        this(HttpStatus.UNPROCESSABLE_ENTITY, violations);
    }

    public RuleViolationException(RuleViolation violation) {
        this(List.of(violation));
    }

    public static RuleViolationException of(String field, String rule, Object... args) {
        return new RuleViolationException(RuleViolation.of(field, rule, args));
    }

    public static RuleViolationException conflict(String field, String rule, Object... args) {
        return new RuleViolationException(HttpStatus.CONFLICT, List.of(RuleViolation.of(field, rule, args)));
    }

    /** The same violations reported under another field name. */
    public RuleViolationException forField(String field) {
        return new RuleViolationException(status, violations.stream().map(v -> v.forField(field)).toList());
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    public HttpStatus status() {
        return status;
    }
}
