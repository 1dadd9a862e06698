package org.yiwang.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.DivisionDirectory;
import org.yiwang.support.PlatformTest;

@PlatformTest
class DivisionsIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganizationDirectory directory;
    @Autowired DivisionDirectory divisionDirectory;

    @Test
    void all_divisions_of_the_shipped_data_are_loaded() {
        assertThat(count("province")).isEqualTo(31);
        assertThat(count("city")).isEqualTo(342);
        // areas.csv has 2,978 rows; 东莞, 中山 and 儋州 appear there under their own city code and are stored once.
        assertThat(count("county")).isEqualTo(2975);
        assertThat(directory.divisionsAt(DivisionLevel.COUNTY)).hasSize(2975);
    }

    @Test
    void the_api_lists_the_31_provinces() throws Exception {
        mvc.perform(get("/api/v1/organization/divisions").param("level", "province"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(31)))
                .andExpect(jsonPath("$[?(@.code == '330000')].name").value("浙江省"))
                .andExpect(jsonPath("$[?(@.code == '330000')].level").value("province"));
    }

    @Test
    void hangzhou_has_its_thirteen_districts_and_counties_as_children() throws Exception {
        mvc.perform(get("/api/v1/organization/divisions/330100/children"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(13)))
                .andExpect(jsonPath("$[*].code", hasItems("330102", "330106", "330182")))
                .andExpect(jsonPath("$[0].parentCode").value("330100"))
                .andExpect(jsonPath("$[0].level").value("county"));
    }

    @Test
    void a_division_is_found_by_its_code() throws Exception {
        mvc.perform(get("/api/v1/organization/divisions/330106"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("西湖区"))
                .andExpect(jsonPath("$.parentCode").value("330100"));
    }

    @Test
    void a_municipal_city_level_is_displayed_with_its_municipality() throws Exception {
        mvc.perform(get("/api/v1/organization/divisions/110100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("市辖区"))
                .andExpect(jsonPath("$.displayName").value("北京市市辖区"));
    }

    @Test
    void an_unknown_division_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/v1/organization/divisions/330199"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("没有代码为 330199 的行政区划。"));
    }

    @Test
    void a_malformed_division_code_is_a_422_problem_naming_the_field() throws Exception {
        mvc.perform(get("/api/v1/organization/divisions/33A100").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].rule").value("division.malformed"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Division code \"33A100\" is malformed: it must be 6 digits, e.g. 330106."));
        mvc.perform(get("/api/v1/organization/divisions/3301/children"))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void an_unknown_level_is_refused() throws Exception {
        mvc.perform(get("/api/v1/organization/divisions").param("level", "township"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    @Test
    void data_scopes_can_ask_whether_a_division_lies_within_another() {
        assertThat(directory.isWithin("330106", "330000")).isTrue();
        assertThat(directory.isWithin("330106", "330106")).isTrue();
        assertThat(directory.isDescendant("330106", "330106")).isFalse();
        assertThat(directory.isWithin("330212", "330100")).isFalse();
        assertThat(directory.divisionCodesWithin("330100")).hasSize(14).contains("330100", "330106");
        assertThat(directory.ancestors("330106")).extracting(Division::code).containsExactly("330000", "330100");
    }

    @Test
    void the_platform_division_directory_is_this_module() {
        assertThat(divisionDirectory.nameOf(DivisionCode.parse("110105"))).contains("朝阳区");
        assertThat(divisionDirectory.nameOf(DivisionCode.parse("110100"))).contains("北京市市辖区");
        assertThat(divisionDirectory.isKnown(DivisionCode.NATIONAL)).isTrue();
        assertThat(divisionDirectory.isKnown(DivisionCode.parse("330199"))).isFalse();
    }

    private int count(String level) {
        return jdbc.queryForObject("select count(*) from organization.division where level = ?", Integer.class, level);
    }
}
