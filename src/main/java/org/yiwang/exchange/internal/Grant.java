package org.yiwang.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 授权: what a granted request allows, until {@code validUntil} (inclusive) or until revoked. */
record Grant(long id, long requestId, String resourceCode, String source, long providerDepartmentId,
        long consumerDepartmentId, List<String> items, String purpose, String method, String callbackUrl,
        String consumerKeyPem, LocalDate validFrom, LocalDate validUntil, int ratePerMinute, Instant grantedAt,
        Instant revokedAt, String revokedBy, String revokeReason) {

    Grant {
        items = List.copyOf(items);
    }

    /** Whether it allows deliveries on this day; the rule a refusal names otherwise. */
    public GrantState stateOn(LocalDate day) {
        if (revokedAt != null) {
            return GrantState.REVOKED;
        }
        if (day.isAfter(validUntil)) {
            return GrantState.EXPIRED;
        }
        if (day.isBefore(validFrom)) {
            return GrantState.NOT_YET_VALID;
        }
        return GrantState.ACTIVE;
    }

    public enum GrantState {
        ACTIVE, NOT_YET_VALID, EXPIRED, REVOKED
    }
}
