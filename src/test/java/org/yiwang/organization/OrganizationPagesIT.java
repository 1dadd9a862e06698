package org.yiwang.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.support.PlatformTest;

@PlatformTest
class OrganizationPagesIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory directory;

    private final RequestPostProcessor admin = user("org-admin").authorities(new SimpleGrantedAuthority("organization:manage"));

    @Test
    void anyone_can_browse_the_provinces() throws Exception {
        mvc.perform(get("/organization"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("浙江省")))
                .andExpect(content().string(containsString("北京市")));
    }

    @Test
    void a_district_page_lists_its_departments_with_their_line() throws Exception {
        mvc.perform(get("/organization").param("division", "330106"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("杭州市西湖区市场监督管理局")))
                .andExpect(content().string(containsString("市场监管")))
                .andExpect(content().string(containsString("杭州市")));
    }

    @Test
    void a_city_page_can_include_the_departments_of_its_districts() throws Exception {
        mvc.perform(get("/organization").param("division", "330100"))
                .andExpect(content().string(not(containsString("杭州市西湖区市场监督管理局"))));
        mvc.perform(get("/organization").param("division", "330100").param("includeSubordinate", "true"))
                .andExpect(content().string(containsString("杭州市西湖区市场监督管理局")));
    }

    @Test
    void the_directory_is_available_in_english() throws Exception {
        mvc.perform(get("/organization").param("division", "330106").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Market regulation")))
                .andExpect(content().string(containsString("Departments")));
    }

    @Test
    void an_unknown_division_page_is_not_found() throws Exception {
        mvc.perform(get("/organization").param("division", "330199"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("330199")));
    }

    @Test
    void a_department_page_shows_its_parent_and_positions() throws Exception {
        long id = directory.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow().id();
        mvc.perform(get("/organization/departments/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("杭州市市场监督管理局")))
                .andExpect(content().string(containsString("窗口受理员")));
    }

    @Test
    void the_admin_page_needs_the_organization_manage_permission() throws Exception {
        mvc.perform(get("/admin/organization")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/organization").with(user("clerk").authorities(new SimpleGrantedAuthority("workbench:use"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/organization").param("division", "330106").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("杭州市西湖区市场监督管理局")));
    }

    @Test
    void an_administrator_creates_a_department_from_the_form() throws Exception {
        String code = "T-FORM-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/organization/departments").with(admin).with(csrf())
                        .param("code", code).param("name", "西湖区测试局").param("divisionCode", "330106")
                        .param("lineCode", "statistics").param("kind", "government-organ").param("parentId", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/organization/departments/*"));
        Assertions.assertThat(directory.departmentByCode(code)).isPresent();
    }

    @Test
    void a_refused_form_comes_back_with_the_message_beside_the_field() throws Exception {
        mvc.perform(post("/admin/organization/departments").with(admin).with(csrf())
                        .param("code", "bad code").param("name", "西湖区测试局").param("divisionCode", "330106")
                        .param("lineCode", "statistics").param("kind", "government-organ"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("部门编码“bad code”只能包含大写字母、数字和连字符")))
                .andExpect(content().string(containsString("value=\"西湖区测试局\"")));
    }

    @Test
    void an_administrator_edits_a_department_and_adds_a_position() throws Exception {
        String code = "T-EDIT-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/organization/departments").with(admin).with(csrf())
                .param("code", code).param("name", "鄞州区测试局").param("divisionCode", "330212")
                .param("lineCode", "statistics").param("kind", "government-organ"));
        long id = directory.departmentByCode(code).orElseThrow().id();
        mvc.perform(get("/admin/organization/departments/{id}", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("鄞州区测试局")));
        mvc.perform(post("/admin/organization/departments/{id}", id).with(admin).with(csrf())
                        .param("name", "鄞州区统计局").param("kind", "government-organ"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/organization/departments/{id}/positions", id).with(admin).with(csrf())
                        .param("code", "CLERK").param("name", "科员"))
                .andExpect(status().is3xxRedirection());
        Assertions.assertThat(directory.department(id)).get().extracting(Department::name).isEqualTo("鄞州区统计局");
        Assertions.assertThat(directory.positionsOf(id)).extracting(Position::code).containsExactly("CLERK");
    }
}
