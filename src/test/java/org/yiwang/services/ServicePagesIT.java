package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yiwang.services.ServiceDesk.openSteps;
import static org.yiwang.services.ServiceDesk.staff;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.flowable.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/** The staff's pages: the step in the workbench (待办, then 已办), the step page, supervision, the catalog keeper's pages. */
@PlatformTest
class ServicePagesIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;
    @Autowired TaskService taskService;
    @Autowired WorkingDays workingDays;
    @Autowired org.yiwang.workflow.Workflow workflow;

    @Test
    void a_window_clerk_finds_the_step_in_his_workbench_and_accepts_it_on_the_step_page() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, citizen.session(), """
                {"itemCode":"XH-SYDJ-006","consent":false,
                 "form":{"applicantName":"测试居民","idNumber":"%s","phone":"13800001234"},
                 "materials":{"identity":"%s","application":"%s"}}
                """.formatted(citizen.idNumber(), ServiceDesk.uploadPdf(mvc, citizen.session()),
                ServiceDesk.uploadPdf(mvc, citizen.session()))));
        SignIn.Staff clerk = SignIn.staff(mvc, organization.departmentByCode(ApplicationLifeIT.WINDOW).orElseThrow().id(),
                Set.of("SERVICES_WINDOW"), false);
        String accept = openSteps(mvc, clerk.session(), number).get("accept");

        String workbench = page(clerk.session(), "/workbench");
        assertThat(workbench).contains("窗口受理 · 生育登记 · " + number, "/services/tasks/" + accept);

        String step = page(clerk.session(), "/services/tasks/" + accept);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screenshots", "services-task.html"), step);
        assertThat(step).contains("生育登记", "办理结果", "一次性告知补正", "签收", "13800001234");
        mvc.perform(post("/services/tasks/" + accept).session(clerk.session()).with(csrf())
                        .param("action", "complete").param("outcome", "APPROVE").param("opinion", "错的结果"))
                .andExpect(status().isOk());
        mvc.perform(post("/services/tasks/" + accept).session(clerk.session()).with(csrf())
                        .param("action", "complete").param("outcome", "ACCEPT").param("opinion", "受理"))
                .andExpect(redirectedUrl("/services/applications/" + number + "?done=complete"));
        assertThat(page(clerk.session(), "/workbench?list=HANDLED")).contains("窗口受理 · 生育登记 · " + number);
        assertThat(page(clerk.session(), "/services/applications/" + number)).contains("已受理", "办理中", "审查",
                "杭州市西湖区卫生健康局");
        assertThat(page(citizen.session(), "/services/applications")).contains(number, "办理中");
    }

    @Test
    void a_supervisor_sees_the_overdue_list_and_others_may_not() throws Exception {
        MockHttpSession supervisor = staff(mvc, organization, "ZJ-HZ-SCJG", "SERVICES_SUPERVISOR");
        assertThat(page(supervisor, "/services/supervision")).contains("电子监察", "环节时限", "办件承诺时限");
        MockHttpSession examiner = staff(mvc, organization, "ZJ-HZ-XH-SW", "SERVICES_EXAMINER");
        mvc.perform(get("/services/supervision").session(examiner)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/services/supervision").session(supervisor)).andExpect(status().isOk());
    }

    @Test
    void a_step_past_its_deadline_shows_red_with_the_working_days_over_and_a_waiting_case_is_left_out()
            throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, citizen.session(), """
                {"itemCode":"XH-SYDJ-006","consent":false,
                 "form":{"applicantName":"测试居民","idNumber":"%s","phone":"13800001234"},
                 "materials":{"identity":"%s","application":"%s"}}
                """.formatted(citizen.idNumber(), ServiceDesk.uploadPdf(mvc, citizen.session()),
                ServiceDesk.uploadPdf(mvc, citizen.session()))));
        MockHttpSession window = staff(mvc, organization, ApplicationLifeIT.WINDOW, "SERVICES_WINDOW");
        String accept = openSteps(mvc, window, number).get("accept");
        // the step was due on the Friday after National Day 2026: every working day since is over
        LocalDate due = LocalDate.of(2026, 10, 9);
        taskService.setDueDate(accept, Date.from(due.atTime(23, 59, 59).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int over = workingDays.current().countWorkingDays(due, today);

        MockHttpSession supervisor = staff(mvc, organization, "ZJ-HZ-SCJG", "SERVICES_SUPERVISOR");
        String report = mvc.perform(get("/api/v1/services/supervision").session(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> late = JsonPath.read(report, "$.steps[?(@.number == '" + number + "')]");
        assertThat(late).singleElement().satisfies(step -> {
            assertThat(step).containsEntry("warning", "red").containsEntry("due", "2026-10-09")
                    .containsEntry("departmentName", "杭州市西湖区政务服务中心");
            assertThat(((Number) step.get("daysOver")).intValue()).isEqualTo(over).isPositive();
        });
        assertThat(page(supervisor, "/services/supervision")).contains(number, "已超期");

        mvc.perform(post("/api/v1/services/tasks/" + accept + "/supplement-request").session(window)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"申请表未签名\"}"))
                .andExpect(status().isOk());
        report = mvc.perform(get("/api/v1/services/supervision").session(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<Object>) JsonPath.read(report, "$.steps[?(@.number == '" + number + "')]")).isEmpty();
    }

    @Test
    void a_step_due_today_shows_yellow_in_the_supervision_list_and_in_its_departments_workbench() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, citizen.session(), """
                {"itemCode":"XH-SYDJ-006","consent":false,
                 "form":{"applicantName":"测试居民","idNumber":"%s","phone":"13800001234"},
                 "materials":{"identity":"%s","application":"%s"}}
                """.formatted(citizen.idNumber(), ServiceDesk.uploadPdf(mvc, citizen.session()),
                ServiceDesk.uploadPdf(mvc, citizen.session()))));
        MockHttpSession window = staff(mvc, organization, ApplicationLifeIT.WINDOW, "SERVICES_WINDOW");
        String accept = openSteps(mvc, window, number).get("accept");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        workflow.setDeadline(accept, today);

        MockHttpSession supervisor = staff(mvc, organization, "ZJ-HZ-SCJG", "SERVICES_SUPERVISOR");
        String report = mvc.perform(get("/api/v1/services/supervision").session(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> near = JsonPath.read(report, "$.steps[?(@.number == '" + number + "')]");
        assertThat(near).singleElement().satisfies(step -> assertThat(step)
                .containsEntry("warning", "yellow").containsEntry("due", today.toString()));
        assertThat(page(window, "/workbench?list=PENDING")).contains(number, "即将到期");
    }

    @Test
    void a_catalog_keeper_edits_an_item_on_its_page_and_is_told_what_is_wrong() throws Exception {
        MockHttpSession keeper = staff(mvc, organization, ApplicationLifeIT.WINDOW, "SERVICES_CATALOG");
        assertThat(page(keeper, "/admin/services/items")).contains("XH-QYKB-001", "企业简易注销登记");
        assertThat(page(keeper, "/admin/services/items/XH-SPJY-002")).contains("serialLicensing", "食品经营许可证");
        String refused = mvc.perform(post("/admin/services/items").session(keeper).with(csrf())
                        .param("code", "XH-SPJY-002").param("name", "食品经营许可").param("kind", "LICENSING")
                        .param("audience", "ENTERPRISE").param("leadDepartment", "ZJ-HZ-XH-SCJG")
                        .param("statutoryDays", "3").param("promisedDays", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("承诺时限不能超过法定时限（3 个工作日）", "请填写此项");
        mvc.perform(get("/admin/services/items").session(SignIn.citizen(mvc).session()))
                .andExpect(status().isForbidden());
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
