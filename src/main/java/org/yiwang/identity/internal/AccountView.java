package org.yiwang.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.yiwang.identity.AccountKind;

/** An account as administrators and its owner see it: no hashes, no secrets, no full ID numbers. */
record AccountView(long id, AccountKind kind, String loginName, String displayName, Long departmentId,
        Long positionId, Set<String> roles, boolean active, boolean locked, boolean secondFactorEnrolled,
        boolean subordinateScope, boolean passwordMustChange, Instant lastLoginAt, Instant createdAt) {

    static AccountView of(Account a, Set<String> roles, Instant now) {
        return new AccountView(a.id(), a.kind(), a.loginName(), a.displayName(), a.departmentId(), a.positionId(),
                roles, a.active(), a.lockedAt(now), a.totpEnabled(), a.subordinateScope(), a.passwordMustChange(),
                a.lastLoginAt(), a.createdAt());
    }
}
