package org.yiwang.services.internal.licence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone may learn about a licence or decision by its number: whether it is genuine (the department's
 * seal is valid over the stored digest) and unchanged (the stored PDF still has that digest), who issued it,
 * when, for whom (masked), and whether it is still in force.
 *
 * @param status {@code VALID}, {@code EXPIRED} (past its end of validity) or {@code REVOKED}
 */
record Verification(String number, boolean genuine, boolean sealValid, boolean documentUnchanged, ResultKind kind,
        String title, String itemName, String holder, String holderIdentifier, String issuer, Instant issuedAt,
        LocalDate validUntil, String status, Instant revokedAt, String revokedReason, String sealKeyId,
        String documentDigest) {
}
