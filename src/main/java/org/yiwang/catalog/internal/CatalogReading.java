package org.yiwang.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.catalog.CatalogResource;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/** The catalog as other modules read it: published versions only. */
@Service
class CatalogReading implements ResourceCatalog {

    private final CatalogRepository catalog;
    private final OrganizationDirectory organization;

    CatalogReading(CatalogRepository catalog, OrganizationDirectory organization) {
        this.catalog = catalog;
        this.organization = organization;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogResource> byCode(String code) {
        return catalog.current(code).map(this::resource);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogResource> ofProvider(long departmentId) {
        return catalog.currentOfProvider(departmentId).stream().map(this::resource).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogResource> bySource(String source) {
        return catalog.currentBySource(source).map(this::resource);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogResource> version(String code, int version) {
        return catalog.version(code, version).filter(v -> v.state() != VersionState.DRAFT).map(this::resource);
    }

    CatalogResource resource(StoredVersion v) {
        Entry e = v.entry();
        return new CatalogResource(v.code(), e.name(), v.classification(), v.providerDepartmentId(),
                providerCode(v.providerDepartmentId()), e.summary(), e.format(), e.items(), e.sharingType(),
                e.sharingCondition(), e.methods(), e.openToPublic(), e.updateCycle(), v.releasedOn(), v.version(),
                v.source());
    }

    private String providerCode(long departmentId) {
        return organization.department(departmentId).map(Department::code).orElse("");
    }
}
