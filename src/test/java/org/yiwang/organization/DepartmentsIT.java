package org.yiwang.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.support.PlatformTest;

@PlatformTest
class DepartmentsIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory directory;

    @Test
    void departments_of_a_division_exclude_those_of_subordinate_divisions_unless_asked() throws Exception {
        mvc.perform(get("/api/v1/organization/departments").param("division", "330100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("ZJ-HZ-SCJG", "ZJ-HZ-ZWFW")))
                .andExpect(jsonPath("$[*].code", not(hasItem("ZJ-HZ-XH-SCJG"))))
                .andExpect(jsonPath("$[*].divisionCode", everyItem(is("330100"))));
        mvc.perform(get("/api/v1/organization/departments").param("division", "330100")
                        .param("includeSubordinate", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("ZJ-HZ-SCJG", "ZJ-HZ-XH-SCJG", "ZJ-HZ-SC-ZWFW")))
                .andExpect(jsonPath("$[*].code", not(hasItem("ZJ-NB-YZ-SCJG"))));
    }

    @Test
    void departments_can_be_narrowed_to_one_vertical_line() throws Exception {
        mvc.perform(get("/api/v1/organization/departments").param("division", "330000")
                        .param("includeSubordinate", "true").param("line", "market-regulation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].lineCode", everyItem(is("market-regulation"))))
                .andExpect(jsonPath("$[*].code", hasItems("ZJ-SCJG", "ZJ-HZ-SCJG", "ZJ-NB-YZ-SCJG")));
        mvc.perform(get("/api/v1/organization/departments").param("line", "taxation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("ZJ-SW", "ZJ-NB-SW", "ZJ-HZ-XH-SW")));
    }

    @Test
    void an_unknown_division_filter_is_a_422_problem_naming_the_field() throws Exception {
        mvc.perform(get("/api/v1/organization/departments").param("division", "330199"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("division"))
                .andExpect(jsonPath("$.errors[0].rule").value("division.unknown"));
        mvc.perform(get("/api/v1/organization/departments").param("division", "abc"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("division.malformed"));
        mvc.perform(get("/api/v1/organization/departments").param("division", "330100").param("line", "astrology"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("line"));
    }

    @Test
    void a_department_is_found_by_id_with_its_region_line_and_parent() throws Exception {
        Department county = directory.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow();
        Department city = directory.departmentByCode("ZJ-HZ-SCJG").orElseThrow();
        mvc.perform(get("/api/v1/organization/departments/{id}", county.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("杭州市西湖区市场监督管理局"))
                .andExpect(jsonPath("$.divisionCode").value("330106"))
                .andExpect(jsonPath("$.lineCode").value("market-regulation"))
                .andExpect(jsonPath("$.parentId").value(city.id()))
                .andExpect(jsonPath("$.kind").value("government-organ"))
                .andExpect(jsonPath("$.status").value("active"));
    }

    @Test
    void an_unknown_department_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/v1/organization/departments/{id}", Long.MAX_VALUE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/organization/departments/{id}/positions", Long.MAX_VALUE))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_service_centre_has_window_clerks() throws Exception {
        Department hall = directory.departmentByCode("ZJ-HZ-XH-ZWFW").orElseThrow();
        mvc.perform(get("/api/v1/organization/departments/{id}/positions", hall.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("WINDOW-CLERK", "HEAD")))
                .andExpect(jsonPath("$[?(@.code == 'WINDOW-CLERK')].name").value("窗口受理员"));
    }

    @Test
    void the_vertical_lines_are_listed_in_both_languages() throws Exception {
        mvc.perform(get("/api/v1/organization/lines"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(21)))
                .andExpect(jsonPath("$[?(@.code == 'public-security')].nameZh").value("公安"))
                .andExpect(jsonPath("$[?(@.code == 'general')].nameEn").value("General"));
    }

    @Test
    void a_bureau_knows_its_subordinates_along_the_line() {
        Department city = directory.departmentByCode("ZJ-HZ-SCJG").orElseThrow();
        assertThat(directory.subordinatesOf(city.id())).extracting(Department::code)
                .contains("ZJ-HZ-XH-SCJG", "ZJ-HZ-SC-SCJG");
    }
}
