package org.yiwang.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One read of a register record, as the hash-chained data-use log keeps it.
 *
 * @param account the reader as the audit trail names him ({@code login#accountId})
 * @param departmentId the reader's department; null for an account without one
 * @param subjectIndex the blind index of the subject's ID number or credit code
 * @param fields the fields returned, a masked one as {@code name:masked}
 * @param messageId identifies the answer that carried the data
 */
public record DataUse(long seq, Instant usedAt, String account, Long departmentId, String purpose,
        SubjectKind subjectKind, String subjectIndex, List<String> fields, UUID messageId, String previousHash,
        String hash) {

    public DataUse {
        fields = List.copyOf(fields);
    }
}
