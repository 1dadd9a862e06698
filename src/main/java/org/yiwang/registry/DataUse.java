package org.yiwang.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One read of a register record, as the hash-chained data-use log keeps it. {@code id} is the order in which
 * uses were written; {@code seq}, {@code previousHash} and {@code hash} are the record's link in the chain, all
 * null until the sealer has linked it (docs/sealed-logs.md).
 *
 * @param account the reader as the audit trail names him ({@code login#accountId})
 * @param departmentId the reader's department; null for an account without one
 * @param subjectIndex the blind index of the subject's ID number or credit code
 * @param fields the fields returned, a masked one as {@code name:masked}
 * @param messageId identifies the answer that carried the data
 * @param channel how the data left the register
 * @param resourceCode the catalog resource it was delivered as; null for a register query
 * @param grantId the exchange grant it was delivered under; null for a register query
 */
public record DataUse(long id, Long seq, Instant usedAt, String account, Long departmentId, String purpose,
        SubjectKind subjectKind, String subjectIndex, List<String> fields, UUID messageId, String previousHash,
        String hash, DataUseChannel channel, String resourceCode, Long grantId) {

    public DataUse {
        fields = List.copyOf(fields);
        channel = channel == null ? DataUseChannel.REGISTER_QUERY : channel;
    }
}
