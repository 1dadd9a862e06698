package org.yiwang.registry;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One use of register data made outside the register's own query API, for {@link DataUseLog#append}: the
 * exchange gateway appends one per person or entity whose values it delivers.
 *
 * @param account the user as the audit trail names him ({@code login#accountId})
 * @param subjectIndex the blind index of the subject's ID number or credit code
 * @param fields the fields delivered
 * @param messageId the message that carried the data
 * @param resourceCode the catalog resource delivered; null for a register query
 * @param grantId the grant under which it was delivered; null for a register query
 */
public record DataUseEntry(String account, Long departmentId, String purpose, SubjectKind subjectKind,
        String subjectIndex, List<String> fields, UUID messageId, DataUseChannel channel, String resourceCode,
        Long grantId) {

    public DataUseEntry {
        Objects.requireNonNull(account);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(subjectKind);
        Objects.requireNonNull(subjectIndex);
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(channel);
        fields = List.copyOf(fields);
    }
}
