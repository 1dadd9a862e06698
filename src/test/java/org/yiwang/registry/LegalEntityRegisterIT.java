package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;

@PlatformTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegalEntityRegisterIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;
    @Autowired DataUseLog dataUse;
    @Autowired LegalEntityRegister entities;
    @Autowired JdbcClient jdbc;

    SignIn.Staff keeper;
    SignIn.Staff reader;

    @BeforeAll
    void signIn() throws Exception {
        long xihu = organization.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow().id();
        keeper = SignIn.staff(mvc, xihu, Set.of("REGISTRY_KEEPER"), false);
        reader = SignIn.staff(mvc, xihu, Set.of("REGISTRY_READER"), false);
    }

    static String entityJson(CreditCode code, String representative, String capital, String status) {
        return """
                {"creditCode":"%s","name":"杭州测试科技有限公司","type":"LIMITED_LIABILITY_COMPANY",
                 "legalRepresentativeIdNumber":"%s","registeredCapital":"%s","establishedOn":"2020-01-15",
                 "registrationAuthority":"杭州市西湖区市场监督管理局","domicileDivision":"330106",
                 "domicileAddress":"浙江省杭州市西湖区文一西路 969 号","businessScope":"软件开发","status":"%s"}"""
                .formatted(code.value(), representative, capital, status);
    }

    IdNumber representative() throws Exception {
        IdNumber id = SyntheticPeople.idNumber();
        mvc.perform(post("/api/v1/registry/persons").session(keeper.session()).contentType(MediaType.APPLICATION_JSON)
                        .content(PopulationRegisterIT.personJson(id.value(), "冯代表", "13812341234", "20")))
                .andExpect(status().isCreated());
        return id;
    }

    long register(CreditCode code, IdNumber representative) throws Exception {
        String body = mvc.perform(post("/api/v1/registry/entities").session(keeper.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entityJson(code, representative.value(), "500000.50", "SUBSISTING")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.entityId")).longValue();
    }

    @Test
    void the_legal_representative_must_be_in_the_population_register() throws Exception {
        mvc.perform(post("/api/v1/registry/entities").session(keeper.session()).contentType(MediaType.APPLICATION_JSON)
                        .content(entityJson(SyntheticPeople.creditCode(), SyntheticPeople.idNumber().value(), "1", "")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("legalRepresentativeIdNumber"))
                .andExpect(jsonPath("$.errors[0].rule").value("registry.representative.unknown"));
    }

    @Test
    void revoking_an_entity_records_the_status_change_and_publishes_it(ApplicationEvents events) throws Exception {
        CreditCode code = SyntheticPeople.creditCode();
        IdNumber representative = representative();
        long entityId = register(code, representative);
        mvc.perform(put("/api/v1/registry/entities/" + entityId).session(keeper.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(entityJson(code, representative.value(), "500000.50", "REVOKED")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changedFields", Matchers.contains("status")));
        assertThat(jdbc.sql("select changes::text from registry.legal_entity_history where entity_id = ? and version = 2")
                .param(entityId).query(String.class).single()).contains("SUBSISTING").contains("REVOKED");
        assertThat(events.stream(EntityChanged.class).map(EntityChanged::changedFields)).contains(Set.of("status"));
        assertThat(jdbc.sql("select registered_capital::text from registry.legal_entity where id = ?").param(entityId)
                .query(String.class).single()).isEqualTo("500000.50");
    }

    @Test
    void a_reader_sees_the_representative_masked_and_both_entity_and_representative_get_a_data_use_record()
            throws Exception {
        CreditCode code = SyntheticPeople.creditCode();
        IdNumber representative = representative();
        register(code, representative);
        mvc.perform(get("/api/v1/registry/entities/" + code.value()).param("purpose", "招投标资格审查")
                        .session(reader.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creditCode").value(code.value()))
                .andExpect(jsonPath("$.legalRepresentativeName").value("冯**"))
                .andExpect(jsonPath("$.legalRepresentativeIdNumber").value(representative.masked()))
                .andExpect(jsonPath("$.registeredCapital").value(500000.50));
        assertThat(dataUse.ofEntity(code)).singleElement().satisfies(use -> {
            assertThat(use.purpose()).isEqualTo("招投标资格审查");
            assertThat(use.fields()).contains("creditCode", "legalRepresentativeName:masked");
        });
        assertThat(dataUse.ofPerson(representative)).singleElement()
                .satisfies(use -> assertThat(use.subjectKind()).isEqualTo(SubjectKind.PERSON));
    }

    @Test
    void an_entity_query_without_a_purpose_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/v1/registry/entities/" + SyntheticPeople.creditCode().value()).session(reader.session()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("purpose"));
    }

    @Test
    void the_entity_page_shows_the_record_with_the_representative_masked() throws Exception {
        CreditCode code = SyntheticPeople.creditCode();
        IdNumber representative = representative();
        register(code, representative);
        mvc.perform(post("/registry/entities/lookup").session(reader.session()).with(csrf())
                        .param("creditCode", code.value()).param("purpose", "行政许可审查"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("杭州测试科技有限公司"),
                        Matchers.containsString(representative.masked()), Matchers.containsString("500,000.50"),
                        Matchers.not(Matchers.containsString(representative.value())))));
    }

    @Test
    void the_demo_enterprise_is_in_the_register() {
        assertThat(entities.find(CreditCode.parse("91330106MA2H0Q1DXM"))).isPresent();
    }
}
