package org.yiwang.identity.internal;

import java.time.Instant;
import org.yiwang.identity.AccountKind;

/** An account as stored; secrets stay encrypted or hashed here and are opened only where needed. */
record Account(long id, AccountKind kind, String username, String idNumberMasked, String creditCode,
        String displayName, Long legalRepresentative, Long departmentId, Long positionId, boolean subordinateScope,
        String passwordHash, boolean passwordMustChange, String totpSecretEnc, boolean totpEnabled, Long totpLastStep,
        boolean active, int failedAttempts, Instant lockedUntil, Instant lastLoginAt, Instant createdAt) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The actor name in the audit trail, the same as {@code AccountPrincipal.getName()}. */
    String auditName() {
        return loginName() + "#" + id;
    }

    /** The name the account signs in with, as it may be shown: the masked ID number for citizens. */
    String loginName() {
        return switch (kind) {
            case CITIZEN -> idNumberMasked;
            case ENTERPRISE -> creditCode;
            case STAFF, LEADER -> username;
        };
    }
}
