package org.yiwang.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.yiwang.common.RuleViolation;

/**
 * Password rules of 等保 level 3 as this platform applies them: 8 to 64 characters, at least three of
 * upper-case letters, lower-case letters, digits and symbols, and nothing that contains the account's
 * own login name.
 */
@Component
class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 64;

    List<RuleViolation> check(String field, String password, String... personal) {
        List<RuleViolation> violations = new ArrayList<>();
        if (password == null || password.length() < MIN || password.length() > MAX) {
            violations.add(RuleViolation.of(field, "password.length", MIN, MAX));
            return violations;
        }
        int classes = (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) {
            violations.add(RuleViolation.of(field, "password.classes"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String name : personal) {
            if (name != null && name.length() >= 4 && lower.contains(name.toLowerCase(Locale.ROOT))) {
                violations.add(RuleViolation.of(field, "password.contains-name"));
                break;
            }
        }
        return violations;
    }
}
