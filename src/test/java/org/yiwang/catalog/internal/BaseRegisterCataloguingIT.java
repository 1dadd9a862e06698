package org.yiwang.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.catalog.CatalogResource;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.DataItem;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.catalog.Sensitivity;
import org.yiwang.catalog.SharingType;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.PersonRecord;
import org.yiwang.support.PlatformTest;

/** The four base registers are in the catalog as 基础 resources of 省大数据局, once, whatever the number of starts. */
@PlatformTest
class BaseRegisterCataloguingIT {

    @Autowired ResourceCatalog catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired BaseRegisterCataloguing cataloguing;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void the_four_base_registers_are_catalogued_as_base_resources_of_the_big_data_bureau() {
        long bureau = organization.departmentByCode("ZJ-DSJ").orElseThrow().id();
        List<String> codes = new ArrayList<>();
        for (String source : List.of("registry:person", "registry:entity", "registry:parcel", "registry:indicator")) {
            CatalogResource resource = catalog.bySource(source).orElseThrow();
            assertThat(resource.classification()).isEqualTo(Classification.BASE);
            assertThat(resource.providerDepartmentId()).isEqualTo(bureau);
            assertThat(resource.providerCode()).isEqualTo("ZJ-DSJ");
            assertThat(resource.releasedOn()).isNotNull();
            codes.add(resource.code());
        }
        assertThat(codes).containsExactly("1-01-000001", "1-02-000001", "1-03-000001", "1-04-000001");
        assertThat(catalog.ofProvider(bureau)).extracting(CatalogResource::code).containsAll(codes);
    }

    @Test
    void the_population_resource_lists_the_fields_the_register_delivers_with_their_sensitivity() {
        CatalogResource people = catalog.bySource("registry:person").orElseThrow();
        List<String> keys = people.items().stream().map(DataItem::key).toList();
        List<String> registerFields = java.util.Arrays.stream(PersonRecord.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertThat(keys).containsAll(registerFields).contains("sex", "birthDate");
        assertThat(people.items()).filteredOn(i -> i.key().equals("idNumber")).singleElement()
                .extracting(DataItem::sensitivity).isEqualTo(Sensitivity.SENSITIVE_PERSONAL);
        assertThat(people.sharingType()).isEqualTo(SharingType.CONDITIONAL);
        assertThat(people.sharingCondition()).isNotBlank();
        assertThat(people.openToPublic()).isFalse();

        CatalogResource entities = catalog.bySource("registry:entity").orElseThrow();
        assertThat(entities.items()).extracting(DataItem::key).contains("creditCode", "name", "registeredCapital",
                "establishedOn", "domicileAddress", "businessScope", "status");
        assertThat(catalog.bySource("registry:indicator").orElseThrow().openToPublic()).isTrue();
    }

    @Test
    void cataloguing_again_at_the_next_start_changes_nothing() throws Exception {
        int versions = count("select count(*) from catalog.resource_version");
        int audited = count("select count(*) from audit.audit_record where action = 'catalog.resource.catalogue'");

        cataloguing.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from catalog.resource_version")).isEqualTo(versions);
        assertThat(count("select count(*) from audit.audit_record where action = 'catalog.resource.catalogue'"))
                .isEqualTo(audited);
        assertThat(catalog.bySource("registry:person").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anyone_reads_the_open_macro_economic_entry_but_only_staff_the_population_entry() throws Exception {
        mvc.perform(get("/api/v1/catalog/resources/1-04-000001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("宏观经济基础信息"))
                .andExpect(jsonPath("$.providerName").value("浙江省大数据发展管理局"))
                .andExpect(jsonPath("$.classification").value("BASE"));
        mvc.perform(get("/api/v1/catalog/resources/1-01-000001")).andExpect(status().isNotFound());
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
