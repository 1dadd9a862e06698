package org.yiwang.catalog;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/**
 * Full-text search over the demo catalog: two-character Chinese queries find longer words, data item names and
 * providers are searched too, filters narrow, visitors see only open entries, and a publication is found at once.
 */
@PlatformTest
class CatalogSearchIT {

    private static MockHttpSession staff;
    private static MockHttpSession maintainer;

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;

    @BeforeEach
    void signIn() throws Exception {
        if (staff == null) {
            staff = SignIn.staff(mvc, organization.departmentByCode("ZJ-HZ-XH-ZWFW").orElseThrow().id(), Set.of(),
                    false).session();
            maintainer = SignIn.staff(mvc, organization.departmentByCode("ZJ-HZ-WJ").orElseThrow().id(),
                    Set.of("CATALOG_MAINTAINER"), false).session();
        }
    }

    private ResultActions search(MockHttpSession session, String... params) throws Exception {
        var request = get("/api/v1/catalog/resources");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(session == null ? request : request.session(session)).andExpect(status().isOk());
    }

    @Test
    void a_two_character_query_finds_the_longer_word_it_is_part_of() throws Exception {
        search(staff, "q", "参保").andExpect(jsonPath("$.results[0].name").value("社会保险参保信息"));
        search(staff, "q", "医学").andExpect(jsonPath("$.results[0].name").value("出生医学证明信息"));
        search(staff, "q", "年报").andExpect(jsonPath("$.results[*].name").value(Matchers.hasItem("法人信用主题信息")));
        search(staff, "q", "人口").andExpect(jsonPath("$.results[0].code").value("1-01-000001"));
    }

    @Test
    void data_item_names_and_providers_are_searched_and_names_rank_first() throws Exception {
        search(staff, "q", "缴费基数").andExpect(jsonPath("$.results[0].name").value("社会保险参保信息"));
        search(staff, "q", "卫生健康")
                .andExpect(jsonPath("$.results[*].providerCode").value(Matchers.everyItem(Matchers.endsWith("-WJ"))))
                .andExpect(jsonPath("$.results[*].providerCode").value(Matchers.hasItem("ZJ-HZ-WJ")));
        search(staff, "q", "统一社会信用代码").andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(4)));
        search(staff, "q", "企业年度报告").andExpect(jsonPath("$.results[0].name").value("企业年度报告信息"));
    }

    @Test
    void filters_narrow_by_classification_provider_and_sharing_type() throws Exception {
        search(staff, "classification", "BASE").andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.results[*].code").value(Matchers.contains("1-01-000001", "1-02-000001",
                        "1-03-000001", "1-04-000001")));
        search(staff, "provider", "ZJ-HZ-RS").andExpect(jsonPath("$.results[*].name")
                .value(Matchers.contains("社会保险参保信息")));
        search(staff, "sharingType", "NOT_SHARED").andExpect(jsonPath("$.results[*].name")
                .value(Matchers.hasItem("严重精神障碍患者管理信息")));
        search(staff, "q", "信息", "classification", "THEMATIC")
                .andExpect(jsonPath("$.results[*].classification").value(Matchers.everyItem(Matchers.is("THEMATIC"))));
    }

    @Test
    void visitors_find_only_the_entries_open_to_the_public() throws Exception {
        search(null, "q", "许可").andExpect(jsonPath("$.results[0].name").value("食品经营许可信息"));
        search(null, "q", "参保").andExpect(jsonPath("$.total").value(0));
        search(null).andExpect(jsonPath("$.results[*].openToPublic").value(Matchers.everyItem(Matchers.is(true))));
    }

    @Test
    void a_published_entry_is_found_at_once_and_a_revised_name_replaces_the_old_one() throws Exception {
        String body = """
                {"classification":"DEPARTMENTAL","name":"%s","summary":"预防接种单位的接种登记。","format":"数据库",
                 "items":[{"key":"vaccine","name":"疫苗名称","type":"字符型","sensitivity":"PERSONAL"}],
                 "sharingType":"CONDITIONAL","sharingCondition":"用于入托入学查验。","methods":["API"],
                 "openToPublic":false,"updateCycle":"实时"}""";
        String answer = mvc.perform(post("/api/v1/catalog/resources").session(maintainer)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("预防接种信息")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(answer, "$.code");
        search(staff, "q", "接种").andExpect(jsonPath("$.results[*].code").value(Matchers.not(Matchers.hasItem(code))));

        mvc.perform(post("/api/v1/catalog/resources/" + code + "/publish").session(maintainer)).andExpect(status().isOk());
        search(staff, "q", "接种").andExpect(jsonPath("$.results[0].code").value(code));

        mvc.perform(put("/api/v1/catalog/resources/" + code).session(maintainer).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("免疫规划信息"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/catalog/resources/" + code + "/publish").session(maintainer)).andExpect(status().isOk());
        search(staff, "q", "免疫").andExpect(jsonPath("$.results[0].code").value(code))
                .andExpect(jsonPath("$.results[0].version").value(2));
        search(staff, "q", "预防接种信息").andExpect(jsonPath("$.results[*].name")
                .value(Matchers.not(Matchers.hasItem("预防接种信息"))));
    }
}
