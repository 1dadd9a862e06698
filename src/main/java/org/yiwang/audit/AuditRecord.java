package org.yiwang.audit;

import java.time.Instant;

/** One link of the audit chain as stored. */
public record AuditRecord(long seq, Instant recordedAt, String actor, String action, String target,
        AuditOutcome outcome, String clientAddress, String detail, String previousHash, String hash) {
}
