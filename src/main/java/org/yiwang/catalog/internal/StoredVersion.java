package org.yiwang.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.yiwang.catalog.Classification;

/**
 * One version of a catalog entry as stored, with the resource's fixed part.
 *
 * @param source the module that serves the records (e.g. {@code registry:person}); null when none
 * @param releasedOn the date the version was published; null for a draft
 */
record StoredVersion(long resourceId, String code, Classification classification, long providerDepartmentId,
        String source, int version, VersionState state, Entry entry, LocalDate releasedOn, String draftedBy,
        Instant draftedAt, String publishedBy, Instant publishedAt) {

    boolean platformMaintained() {
        return source != null;
    }
}
