package org.yiwang.catalog.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.yiwang.catalog.Classification;
import org.yiwang.organization.Department;
import org.yiwang.organization.DepartmentCreated;
import org.yiwang.organization.OrganizationDirectory;

/**
 * Catalogues the four base registers as 基础 resources of the province's big-data bureau, at every start and in
 * every profile (after the demo organization, which runs at order 10). On an empty database the bureau does not
 * exist yet: the registers are catalogued as soon as the system administrator creates it.
 */
@Component
@Order(40)
class BaseRegisterCataloguing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BaseRegisterCataloguing.class);

    private final CatalogMaintenance maintenance;
    private final OrganizationDirectory organization;
    private final String providerCode;

    BaseRegisterCataloguing(CatalogMaintenance maintenance, OrganizationDirectory organization,
            @Value("${yiwang.catalog.base-provider:ZJ-DSJ}") String providerCode) {
        this.maintenance = maintenance;
        this.organization = organization;
        this.providerCode = providerCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        organization.departmentByCode(providerCode).ifPresentOrElse(this::catalogue,
                () -> log.info("The base registers will be catalogued once department {} exists", providerCode));
    }

    @ApplicationModuleListener
    void on(DepartmentCreated created) {
        if (created.department().code().equals(providerCode)) {
            catalogue(created.department());
        }
    }

    private void catalogue(Department provider) {
        for (BaseRegisters.BaseRegister register : BaseRegisters.all()) {
            maintenance.catalogueSource(register.source(), Classification.BASE, register.category(), provider.id(),
                    register.entry());
        }
    }
}
