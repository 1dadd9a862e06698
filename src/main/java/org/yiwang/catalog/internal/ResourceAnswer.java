package org.yiwang.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.DataItem;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.catalog.SharingType;

/** One version of a catalog entry as the API answers it. */
record ResourceAnswer(String code, String name, Classification classification, String providerCode,
        String providerName, String summary, String format, List<DataItem> items, SharingType sharingType,
        String sharingCondition, List<ShareMethod> methods, boolean openToPublic, String updateCycle,
        List<String> related, String source, int version, VersionState state, LocalDate releasedOn,
        Instant publishedAt) {

    static ResourceAnswer of(StoredVersion v, String providerCode, String providerName) {
        Entry e = v.entry();
        return new ResourceAnswer(v.code(), e.name(), v.classification(), providerCode, providerName, e.summary(),
                e.format(), e.items(), e.sharingType(), e.sharingCondition(), e.orderedMethods(), e.openToPublic(),
                e.updateCycle(), e.related(), v.source(), v.version(), v.state(), v.releasedOn(), v.publishedAt());
    }
}
