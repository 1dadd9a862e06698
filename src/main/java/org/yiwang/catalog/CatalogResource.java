package org.yiwang.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One entry of the government information resource catalog (政务信息资源目录), as other modules see its
 * current published version.
 *
 * @param code resource code: classification code + sequence
 * @param providerDepartmentId the providing department; {@code providerCode} is its code
 * @param sharingCondition the condition of 有条件共享, or the legal basis of 不予共享
 * @param source what serves the records through the gateway (e.g. {@code registry:person}); null when none
 */
public record CatalogResource(String code, String name, Classification classification, long providerDepartmentId,
        String providerCode, String summary, String format, List<DataItem> items, SharingType sharingType,
        String sharingCondition, Set<ShareMethod> methods, boolean openToPublic, String updateCycle,
        LocalDate releasedOn, int version, String source) {

    public CatalogResource {
        items = List.copyOf(items);
        methods = Set.copyOf(methods);
    }
}
