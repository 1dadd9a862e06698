package org.yiwang.catalog.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yiwang.catalog.CatalogResourcePublished;
import org.yiwang.catalog.DataItem;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/**
 * Keeps the search index in step with the database: rebuilt from it at start (after the entries catalogued at
 * start, order 40 and 45), and the new current version indexed once its publication has committed.
 */
@Component
@Order(60)
class CatalogIndexing implements ApplicationRunner {

    private final CatalogIndex index;
    private final CatalogRepository catalog;
    private final OrganizationDirectory organization;

    CatalogIndexing(CatalogIndex index, CatalogRepository catalog, OrganizationDirectory organization) {
        this.index = index;
        this.catalog = catalog;
        this.organization = organization;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.rebuild(catalog.allCurrent().stream().map(this::indexed).toList());
    }

    @TransactionalEventListener
    void on(CatalogResourcePublished published) {
        catalog.current(published.code()).map(this::indexed).ifPresent(index::put);
    }

    CatalogIndex.Indexed indexed(StoredVersion v) {
        var provider = organization.department(v.providerDepartmentId());
        Entry e = v.entry();
        return new CatalogIndex.Indexed(v.code(), e.name(), e.summary(),
                e.items().stream().map(DataItem::name).toList(), v.classification(),
                provider.map(Department::code).orElse(""), provider.map(Department::name).orElse(""),
                e.sharingType(), e.openToPublic(), v.version(), v.releasedOn());
    }
}
