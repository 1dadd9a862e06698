package org.yiwang.audit;

import java.time.Instant;

/**
 * One record of the audit trail as stored. {@code id} is the order in which records were written; {@code seq},
 * {@code previousHash} and {@code hash} are its link in the chain, all null until the sealer has linked it.
 */
public record AuditRecord(long id, Long seq, Instant recordedAt, String actor, String action, String target,
        AuditOutcome outcome, String clientAddress, String detail, String previousHash, String hash) {
}
