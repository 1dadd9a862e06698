package org.yiwang.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.support.PlatformTest;

@PlatformTest
@RecordApplicationEvents
class DepartmentAdministrationIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired OrganizationDirectory directory;
    @Autowired ApplicationEvents events;

    private final RequestPostProcessor admin = user("org-admin").authorities(new SimpleGrantedAuthority("organization:manage"));
    private final RequestPostProcessor clerk = user("clerk").authorities(new SimpleGrantedAuthority("workbench:use"));

    @Test
    void creating_a_department_requires_the_organization_manage_permission() throws Exception {
        String code = uniqueCode();
        mvc.perform(post("/api/v1/organization/departments").contentType(MediaType.APPLICATION_JSON)
                        .content(body(code, "330106", "taxation", null)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/organization/departments").with(clerk).contentType(MediaType.APPLICATION_JSON)
                        .content(body(code, "330106", "taxation", null)))
                .andExpect(status().isForbidden());
        assertThat(directory.departmentByCode(code)).isEmpty();
    }

    @Test
    void an_administrator_creates_a_department_and_the_change_is_audited() throws Exception {
        String code = uniqueCode();
        long parent = directory.departmentByCode("ZJ-HZ-SCJG").orElseThrow().id();
        JsonNode created = json.readTree(mvc.perform(post("/api/v1/organization/departments").with(admin)
                        .contentType(MediaType.APPLICATION_JSON).content(body(code, "330106", "market-regulation", parent)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.parentId").value(parent))
                .andExpect(jsonPath("$.status").value("active"))
                .andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();

        Map<String, Object> audit = jdbc.queryForMap(
                "select actor, action, outcome, detail from audit.audit_record where target = ?", "department:" + id);
        assertThat(audit).containsEntry("actor", "org-admin").containsEntry("action", "organization.department.create")
                .containsEntry("outcome", "SUCCESS");
        assertThat((String) audit.get("detail")).contains(code);
        assertThat(events.stream(DepartmentCreated.class)).anyMatch(e -> e.department().id() == id);
    }

    @Test
    void a_refused_department_leaves_nothing_written() throws Exception {
        String code = uniqueCode();
        long ningbo = directory.departmentByCode("ZJ-NB-SCJG").orElseThrow().id();
        int departments = countDepartments();
        int auditRecords = countAudit();
        mvc.perform(post("/api/v1/organization/departments").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content(body(code, "330106", "market-regulation", ningbo)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(jsonPath("$.errors[0].rule").value("department.parent-outside-division"));
        assertThat(countDepartments()).isEqualTo(departments);
        assertThat(countAudit()).isEqualTo(auditRecords);
        assertThat(events.stream(DepartmentCreated.class)).isEmpty();
    }

    @Test
    void an_unknown_division_and_line_are_refused_naming_each_field() throws Exception {
        mvc.perform(post("/api/v1/organization/departments").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content(body(uniqueCode(), "330199", "astrology", null)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].rule", hasItem("department.division-unknown")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("department.line-unknown")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("divisionCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("lineCode")));
    }

    @Test
    void a_parent_on_another_line_is_refused() throws Exception {
        long cityPolice = directory.departmentByCode("ZJ-HZ-GA").orElseThrow().id();
        mvc.perform(post("/api/v1/organization/departments").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content(body(uniqueCode(), "330106", "taxation", cityPolice)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("department.parent-on-other-line"));
    }

    @Test
    void a_taken_code_is_a_409_conflict() throws Exception {
        int auditRecords = countAudit();
        mvc.perform(post("/api/v1/organization/departments").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content(body("ZJ-HZ-XH-SCJG", "330106", "market-regulation", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].rule").value("department.code-taken"));
        assertThat(countAudit()).isEqualTo(auditRecords);
    }

    @Test
    void an_update_changes_the_name_publishes_a_change_and_is_audited() throws Exception {
        long id = create(uniqueCode(), "330212", "taxation", null);
        mvc.perform(put("/api/v1/organization/departments/{id}", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"鄞州区新部门\",\"shortName\":\"新部门\",\"kind\":\"government-organ\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("鄞州区新部门"))
                .andExpect(jsonPath("$.divisionCode").value("330212"));
        assertThat(auditActions(id)).contains("organization.department.update");
        assertThat(events.stream(DepartmentChanged.class)).anyMatch(e -> e.department().id() == id);
    }

    @Test
    void a_dissolved_department_is_kept_but_can_no_longer_change() throws Exception {
        long id = create(uniqueCode(), "330212", "taxation", null);
        mvc.perform(post("/api/v1/organization/departments/{id}/dissolution", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("dissolved"));
        mvc.perform(put("/api/v1/organization/departments/{id}", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"改名\",\"kind\":\"government-organ\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("department.dissolved"));
        assertThat(auditActions(id)).contains("organization.department.dissolve");
        assertThat(directory.department(id)).get().extracting(Department::status).isEqualTo(DepartmentStatus.DISSOLVED);
    }

    @Test
    void a_department_with_active_subordinates_cannot_be_dissolved() throws Exception {
        long parent = create(uniqueCode(), "330212", "taxation", null);
        create(uniqueCode(), "330212", "taxation", parent);
        mvc.perform(post("/api/v1/organization/departments/{id}/dissolution", parent).with(admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("department.has-active-subordinates"));
    }

    @Test
    void positions_are_created_and_renamed_with_audit() throws Exception {
        long department = create(uniqueCode(), "330212", "taxation", null);
        JsonNode position = json.readTree(mvc.perform(post("/api/v1/organization/departments/{id}/positions", department)
                        .with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"WINDOW-CLERK\",\"name\":\"窗口受理员\",\"rank\":\"一级科员\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        long id = position.get("id").asLong();
        mvc.perform(put("/api/v1/organization/positions/{id}", id).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"综合窗口受理员\",\"rank\":\"二级科员\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("综合窗口受理员"))
                .andExpect(jsonPath("$.code").value("WINDOW-CLERK"));
        mvc.perform(post("/api/v1/organization/departments/{id}/positions", department)
                        .with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"WINDOW-CLERK\",\"name\":\"重复\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("position.code-taken"));
        assertThat(auditActions("position:" + id))
                .contains("organization.position.create", "organization.position.update");
        assertThat(directory.positionsOf(department)).extracting(Position::name).containsExactly("综合窗口受理员");
    }

    @Test
    void refusals_speak_the_callers_language() throws Exception {
        mvc.perform(post("/api/v1/organization/departments").with(admin).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("Please give a department code."));
        mvc.perform(post("/api/v1/organization/departments").with(admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("请填写部门编码。"));
    }

    private long create(String code, String division, String line, Long parent) throws Exception {
        String response = mvc.perform(post("/api/v1/organization/departments").with(admin)
                        .contentType(MediaType.APPLICATION_JSON).content(body(code, division, line, parent)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    private String body(String code, String division, String line, Long parent) throws Exception {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("code", code, "name", "测试部门 " + code,
                "divisionCode", division, "lineCode", line, "kind", "government-organ"));
        fields.put("parentId", parent);
        return json.writeValueAsString(fields);
    }

    private static String uniqueCode() {
        return "T-" + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    private int countDepartments() {
        return jdbc.queryForObject("select count(*) from organization.department", Integer.class);
    }

    private int countAudit() {
        return jdbc.queryForObject("select count(*) from audit.audit_record where action like 'organization.%'", Integer.class);
    }

    private java.util.List<String> auditActions(long departmentId) {
        return auditActions("department:" + departmentId);
    }

    private java.util.List<String> auditActions(String target) {
        return jdbc.queryForList("select action from audit.audit_record where target = ? order by id", String.class, target);
    }
}
