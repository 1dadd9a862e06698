package org.yiwang.catalog.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.common.WorkItem;
import org.yiwang.common.WorkItemSource;
import org.yiwang.common.WorkList;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/**
 * The catalog's share of the workbench: for a maintainer, his department's drafts waiting to be published (待办)
 * and the versions he published (已办).
 */
@Component
class CatalogWork implements WorkItemSource {

    static final String SOURCE = "catalog";
    static final String MAINTAIN = "catalog:maintain";

    private final CatalogRepository catalog;
    private final OrganizationDirectory organization;

    CatalogWork(CatalogRepository catalog, OrganizationDirectory organization) {
        this.catalog = catalog;
        this.organization = organization;
    }

    @Override
    public List<WorkItem> items(Viewer viewer, WorkList list, int limit) {
        if (!viewer.permissions().contains(MAINTAIN)) {
            return List.of();
        }
        return switch (list) {
            case PENDING -> viewer.departmentId() == null ? List.of()
                    : catalog.draftsOf(viewer.departmentId(), limit).stream().map(v -> item(v, "待发布", false)).toList();
            case HANDLED -> catalog.publishedBy(viewer.accountId(), limit).stream().map(v -> item(v, "已发布", true))
                    .toList();
            case TO_READ, READ -> List.of();
        };
    }

    @Override
    public int count(Viewer viewer, WorkList list) {
        if (!viewer.permissions().contains(MAINTAIN)) {
            return 0;
        }
        return switch (list) {
            case PENDING -> viewer.departmentId() == null ? 0 : catalog.countDraftsOf(viewer.departmentId());
            case HANDLED -> catalog.countPublishedBy(viewer.accountId());
            case TO_READ, READ -> 0;
        };
    }

    private WorkItem item(StoredVersion v, String what, boolean published) {
        String provider = organization.department(v.providerDepartmentId()).map(Department::shortName).orElse("");
        String title = "资源目录" + what + "：" + v.entry().name() + "（" + v.code() + " 第 " + v.version() + " 版）";
        String link = published ? "/catalog/" + v.code() + "?version=" + v.version()
                : "/admin/catalog/" + v.code() + "/edit";
        return new WorkItem(SOURCE, v.code() + "@" + v.version(), title, provider,
                published ? v.publishedAt() : v.draftedAt(), null, null, link);
    }
}
