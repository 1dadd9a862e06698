package org.yiwang.identity.internal;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** What a signed-in user does to his own account. */
@Service
class SelfService {

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    SelfService(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder passwords, AuditTrail audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    void changePassword(long accountId, String current, String replacement) {
        Account account = accounts.byId(accountId).orElseThrow();
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            audit.record("identity.password.change", "account:" + accountId, AuditOutcome.FAILURE, "wrong current password");
            throw RuleViolationException.of("currentPassword", "password.current-wrong");
        }
        List<RuleViolation> violations = policy.check("newPassword", replacement, account.username(), account.creditCode());
        if (replacement != null && replacement.equals(current)) {
            violations.add(RuleViolation.of("newPassword", "password.unchanged"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        accounts.setPassword(accountId, passwords.encode(replacement), false);
        audit.record("identity.password.change", "account:" + accountId, AuditOutcome.SUCCESS, null);
    }
}
