package org.yiwang.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/**
 * A provider keeps his department's entries through the API: drafts, publication, new versions that leave the old
 * ones readable, every change audited; and every bad request is refused with a problem detail naming field and rule.
 */
@PlatformTest
class CatalogMaintenanceIT {

    private static MockHttpSession maintainer;
    private static MockHttpSession plainStaff;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;
    @Autowired ResourceCatalog catalog;

    @BeforeEach
    void signIn() throws Exception {
        if (maintainer == null) {
            long bureau = organization.departmentByCode("ZJ-HZ-SCJG").orElseThrow().id();
            maintainer = SignIn.staff(mvc, bureau, Set.of("CATALOG_MAINTAINER"), false).session();
            plainStaff = SignIn.staff(mvc, bureau, Set.of(), false).session();
        }
    }

    static String entry(String name, String sharingType, String condition, String methods) {
        return """
                {"classification":"DEPARTMENTAL","name":"%s","summary":"辖区市场主体的行政处罚决定信息。","format":"数据库",
                 "items":[{"key":"decisionNumber","name":"处罚决定书文号","type":"字符型","sensitivity":"PUBLIC"},
                          {"key":"creditCode","name":"统一社会信用代码","type":"字符型","sensitivity":"PUBLIC"},
                          {"key":"decidedOn","name":"处罚决定日期","type":"日期型","sensitivity":"PUBLIC"}],
                 "sharingType":"%s","sharingCondition":%s,"methods":[%s],"openToPublic":false,
                 "updateCycle":"每日","related":["1-02-000001"]}""".formatted(name, sharingType,
                condition == null ? "null" : "\"" + condition + "\"", methods);
    }

    private String create(String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/catalog/resources").session(maintainer)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.code");
    }

    @Test
    void a_draft_is_published_then_revised_into_a_new_version_while_the_old_one_stays_readable() throws Exception {
        String code = create(entry("行政处罚信息", "UNCONDITIONAL", null, "\"API\""));
        assertThat(code).matches("3-ZJ-HZ-SCJG-\\d{6}");
        assertThat(catalog.byCode(code)).isEmpty();
        mvc.perform(get("/api/v1/catalog/resources/" + code).session(plainStaff)).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/catalog/resources/" + code + "/publish").session(maintainer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/catalog/resources/" + code).session(plainStaff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("行政处罚信息"))
                .andExpect(jsonPath("$.providerCode").value("ZJ-HZ-SCJG"))
                .andExpect(jsonPath("$.related[0]").value("1-02-000001"))
                .andExpect(jsonPath("$.state").value("PUBLISHED"));

        mvc.perform(put("/api/v1/catalog/resources/" + code).session(maintainer).contentType(MediaType.APPLICATION_JSON)
                        .content(entry("行政处罚决定信息", "CONDITIONAL", "用于信用监管和联合惩戒。", "\"API\",\"SUBSCRIPTION\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.changed").value(true));
        assertThat(catalog.byCode(code).orElseThrow().version()).isEqualTo(1);
        assertThat(catalog.byCode(code).orElseThrow().name()).isEqualTo("行政处罚信息");

        mvc.perform(post("/api/v1/catalog/resources/" + code + "/publish").session(maintainer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));

        CatalogResource current = catalog.byCode(code).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.name()).isEqualTo("行政处罚决定信息");
        assertThat(current.sharingType()).isEqualTo(SharingType.CONDITIONAL);
        assertThat(current.methods()).containsExactlyInAnyOrder(ShareMethod.API, ShareMethod.SUBSCRIPTION);
        assertThat(catalog.version(code, 1).orElseThrow().name()).isEqualTo("行政处罚信息");

        mvc.perform(get("/api/v1/catalog/resources/" + code + "/versions").session(plainStaff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version").value(Matchers.contains(2, 1)))
                .andExpect(jsonPath("$[*].state").value(Matchers.contains("PUBLISHED", "SUPERSEDED")));
        mvc.perform(get("/api/v1/catalog/resources/" + code + "/versions/1").session(plainStaff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("行政处罚信息"))
                .andExpect(jsonPath("$.sharingType").value("UNCONDITIONAL"));

        assertThat(jdbc.sql("select action from audit.audit_record where target = ? order by id")
                .param("catalog-resource:" + code).query(String.class).list()).containsExactly(
                "catalog.resource.create", "catalog.resource.publish", "catalog.resource.revise",
                "catalog.resource.publish");
    }

    @Test
    void saving_what_is_already_published_makes_no_new_version() throws Exception {
        String body = entry("行政检查信息", "UNCONDITIONAL", null, "\"FILE\"");
        String code = create(body);
        mvc.perform(post("/api/v1/catalog/resources/" + code + "/publish").session(maintainer)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/catalog/resources/" + code).session(maintainer).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(false))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/v1/catalog/resources/" + code + "/publish").session(maintainer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("catalog.resource.no-draft"));
    }

    @Test
    void a_draft_waits_on_the_maintainers_workbench_until_it_is_published() throws Exception {
        String code = create(entry("特种设备登记信息", "UNCONDITIONAL", null, "\"API\""));
        mvc.perform(get("/workbench").session(maintainer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("资源目录待发布：特种设备登记信息（" + code + " 第 1 版）")));
        mvc.perform(post("/api/v1/catalog/resources/" + code + "/publish").session(maintainer)).andExpect(status().isOk());
        mvc.perform(get("/workbench").session(maintainer))
                .andExpect(content().string(Matchers.not(Matchers.containsString("资源目录待发布：特种设备登记信息"))));
        mvc.perform(get("/workbench").param("list", "HANDLED").session(maintainer))
                .andExpect(content().string(Matchers.containsString("资源目录已发布：特种设备登记信息")));
    }

    @Test
    void an_entry_not_shared_without_its_legal_basis_is_refused_in_the_callers_language() throws Exception {
        String body = entry("涉密执法信息", "NOT_SHARED", null, "");
        int before = resources();
        mvc.perform(post("/api/v1/catalog/resources").session(maintainer).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("sharingCondition"))
                .andExpect(jsonPath("$.errors[0].rule").value("catalog.not-shared.legal-basis"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("不予共享的资源须写明")));
        mvc.perform(post("/api/v1/catalog/resources").session(maintainer).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("must cite the law")));
        assertThat(resources()).isEqualTo(before);

        String code = create(entry("涉密执法信息", "NOT_SHARED", "《中华人民共和国保守国家秘密法》", ""));
        mvc.perform(put("/api/v1/catalog/resources/" + code).session(maintainer).contentType(MediaType.APPLICATION_JSON)
                        .content(entry("涉密执法信息", "NOT_SHARED", null, "")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("catalog.not-shared.legal-basis"));
    }

    @Test
    void bad_fields_are_all_named_at_once() throws Exception {
        String body = """
                {"classification":"DEPARTMENTAL","name":"","summary":"摘要","format":"Excel",
                 "items":[{"key":"1st","name":"名称","type":"字符型","sensitivity":"PUBLIC"}],
                 "sharingType":"SOMETIMES","methods":["API"],"openToPublic":false,"updateCycle":"每日"}""";
        mvc.perform(post("/api/v1/catalog/resources").session(maintainer).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("name", "format", "items[0].key",
                        "sharingType")));
    }

    @Test
    void related_resources_must_be_published_entries() throws Exception {
        mvc.perform(post("/api/v1/catalog/resources").session(maintainer).contentType(MediaType.APPLICATION_JSON)
                        .content(entry("双随机抽查信息", "UNCONDITIONAL", null, "\"API\"")
                                .replace("1-02-000001", "3-ZJ-HZ-SCJG-999999")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("related"))
                .andExpect(jsonPath("$.errors[0].rule").value("catalog.related.unknown"));
    }

    @Test
    void a_provider_keeps_only_his_own_entries_and_never_the_base_registers() throws Exception {
        mvc.perform(post("/api/v1/catalog/resources").session(maintainer).contentType(MediaType.APPLICATION_JSON)
                        .content(entry("参保信息", "UNCONDITIONAL", null, "\"API\"")
                                .replace("\"classification\"", "\"providerCode\":\"ZJ-HZ-RS\",\"classification\"")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("catalog.provider.out-of-scope"));
        String reports = catalog.ofProvider(organization.departmentByCode("ZJ-HZ-RS").orElseThrow().id()).get(0).code();
        mvc.perform(post("/api/v1/catalog/resources/" + reports + "/publish").session(maintainer))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/catalog/resources/1-01-000001").session(maintainer)
                        .contentType(MediaType.APPLICATION_JSON).content(entry("人口", "UNCONDITIONAL", null, "\"API\"")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("catalog.resource.platform-maintained"));
        mvc.perform(post("/api/v1/catalog/resources").session(plainStaff).contentType(MediaType.APPLICATION_JSON)
                        .content(entry("行政许可信息", "UNCONDITIONAL", null, "\"API\"")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/catalog/resources").contentType(MediaType.APPLICATION_JSON)
                        .content(entry("行政许可信息", "UNCONDITIONAL", null, "\"API\"")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknown_filters_and_page_sizes_are_refused_with_400() throws Exception {
        mvc.perform(get("/api/v1/catalog/resources").param("classification", "SECRET"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("classification"));
        mvc.perform(get("/api/v1/catalog/resources").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/catalog/resources/no-such-code")).andExpect(status().isNotFound());
    }

    private int resources() {
        return jdbc.sql("select count(*) from catalog.resource").query(Integer.class).single();
    }
}
