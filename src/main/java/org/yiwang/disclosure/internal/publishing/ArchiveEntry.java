package org.yiwang.disclosure.internal.publishing;

import java.time.LocalDate;
import java.util.List;
import org.yiwang.common.RuleViolation;

/**
 * One publication of an existing archive, published already elsewhere: it keeps its publication date and, when it
 * has one that fits the scheme, its index number.
 *
 * @param indexNumber null to have one given
 * @param unreadable what was wrong with the item before it could be checked (an attachment that is not base64)
 */
record ArchiveEntry(String indexNumber, String department, PublicationInput input, LocalDate publishedOn,
        List<Upload> uploads, List<RuleViolation> unreadable) {

    ArchiveEntry {
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }
}
