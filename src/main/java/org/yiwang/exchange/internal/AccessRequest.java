package org.yiwang.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored access request (共享申请) and, once decided, who decided it and why. */
record AccessRequest(long id, String resourceCode, String resourceName, int resourceVersion, String source,
        String sharingType, long providerDepartmentId, long consumerDepartmentId, String requestedBy,
        long requestedByAccount, List<String> items, String purpose, String legalBasis, String method,
        LocalDate validFrom, LocalDate validUntil, int expectedVolume, String callbackUrl, String consumerKeyPem,
        RequestStatus status, Instant submittedAt, LocalDate dueOn, Instant decidedAt, String decidedBy,
        String reasons, Long grantId) {

    AccessRequest {
        items = List.copyOf(items);
    }
}
