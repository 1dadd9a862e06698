package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;
import org.yiwang.support.PlatformTest;
import org.yiwang.workflow.Workflow;
import org.yiwang.workflow.WorkflowTask;

/**
 * The demo profile's six cases, driven through the real process models at start: three finished with sealed
 * licences, two waiting at a step, one overdue and red in 电子监察; the demo ratings with the follow-up that the
 * bad real-name one opened. Loading them again changes nothing.
 */
@PlatformTest
class DemoCasesIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Workflow workflow;
    @Autowired WorkingDays workingDays;
    @Autowired OrganizationDirectory organization;
    @Autowired ApplicationContext context;

    @Test
    void three_demo_cases_are_finished_with_a_licence_that_verifies_as_genuine_and_sealed() throws Exception {
        for (String key : List.of("licence-establishment", "licence-establishment-li-si", "licence-food")) {
            String number = demoCase(key);
            assertThat(statusOf(number)).isEqualTo("COMPLETED");
            assertThat(workflow.openTasks(number)).isEmpty();
            String licence = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                            "select number from services.licence where application_number = ? and kind = 'LICENCE'")
                    .param(number).query(String.class).optional(), java.util.Optional::isPresent).orElseThrow();
            mvc.perform(get("/api/v1/services/licences/{n}/verify", licence))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.genuine").value(true))
                    .andExpect(jsonPath("$.sealValid").value(true))
                    .andExpect(jsonPath("$.documentUnchanged").value(true));
        }
        assertThat(jdbc.sql("""
                select l.licence_type from services.licence l join services.demo_case d
                    on d.application_number = l.application_number where d.key like 'licence-%' order by l.licence_type
                """).query(String.class).list()).containsExactly("营业执照", "营业执照", "食品经营许可证");
    }

    @Test
    void two_demo_cases_wait_at_a_step_of_the_right_departments() {
        String birth = demoCase("waiting-birth");
        assertThat(statusOf(birth)).isEqualTo("IN_PROCESS");
        assertThat(workflow.openTasks(birth)).extracting(WorkflowTask::step)
                .containsExactlyInAnyOrder("household", "insurance");
        assertThat(workflow.openTasks(birth)).extracting(WorkflowTask::departmentId).containsExactlyInAnyOrder(
                organization.departmentByCode("ZJ-HZ-XH-GA").orElseThrow().id(),
                organization.departmentByCode("ZJ-HZ-XH-YB").orElseThrow().id());
        assertThat(workflow.finishedSteps(birth)).extracting(f -> f.step() + ":" + f.opinion())
                .containsExactly("accept:材料齐全，予以受理", "verifyBirth:出生医学证明真实有效");

        String employment = demoCase("waiting-acceptance");
        assertThat(statusOf(employment)).isEqualTo("SUBMITTED");
        assertThat(workflow.openTasks(employment)).singleElement().satisfies(task -> {
            assertThat(task.step()).isEqualTo("accept");
            assertThat(task.departmentId()).isEqualTo(organization.departmentByCode(ApplicationLifeIT.WINDOW)
                    .orElseThrow().id());
        });
    }

    @Test
    void the_overdue_demo_case_shows_red_in_the_supervision_list() throws Exception {
        String number = demoCase("overdue-examination");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        WorkflowTask examine = workflow.openTasks(number).get(0);
        assertThat(examine.step()).isEqualTo("examine");
        assertThat(examine.dueDate()).isBefore(today);
        assertThat(workingDays.current().countWorkingDays(examine.dueDate(), today)).isEqualTo(3);

        MockHttpSession supervisor = ServiceDesk.staff(mvc, organization, "ZJ-HZ-SCJG", "SERVICES_SUPERVISOR");
        String report = mvc.perform(get("/api/v1/services/supervision").session(supervisor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> late = JsonPath.read(report, "$.steps[?(@.number == '" + number + "')]");
        assertThat(late).singleElement().satisfies(step -> {
            assertThat(step).containsEntry("warning", "red").containsEntry("due", examine.dueDate().toString());
            assertThat(((Number) step.get("daysOver")).intValue()).isEqualTo(3);
        });
    }

    @Test
    void the_demo_ratings_include_a_bad_real_name_one_with_its_follow_up_due_in_working_days() {
        String establishment = demoCase("licence-establishment");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> ratingCount() >= 3);
        Map<String, Object> bad = jdbc.sql("""
                select r.level, r.real_name, f.status, f.due_date, f.department_id, f.opened_at
                  from services.rating r join services.rating_follow_up f on f.rating_id = r.id
                 where r.application_number = ?""").param(establishment).query().singleRow();
        assertThat(bad).containsEntry("level", "DISSATISFIED").containsEntry("real_name", true)
                .containsEntry("status", "OPEN");
        assertThat(((Number) bad.get("department_id")).longValue())
                .isEqualTo(organization.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow().id());
        LocalDate opened = ((java.sql.Timestamp) bad.get("opened_at")).toInstant().atZone(ZoneId.of("Asia/Shanghai"))
                .toLocalDate();
        assertThat(((java.sql.Date) bad.get("due_date")).toLocalDate())
                .isEqualTo(workingDays.current().addWorkingDays(opened, 15));
        assertThat(jdbc.sql("""
                select r.level from services.rating r join services.demo_case d on d.application_number = r.application_number
                 where d.key in ('licence-food', 'licence-establishment-li-si') order by d.key""")
                .query(String.class).list()).containsExactly("SATISFIED", "VERY_SATISFIED");
    }

    @Test
    void loading_the_demo_cases_and_ratings_again_changes_nothing() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> ratingCount() >= 3);
        int applications = count("select count(*) from services.application");
        int ratings = ratingCount();
        int cases = count("select count(*) from services.demo_case");
        assertThat(cases).isEqualTo(6);
        for (String runner : List.of("demoCases", "demoRatings")) {
            ((ApplicationRunner) context.getBean(runner)).run(new DefaultApplicationArguments());
        }
        assertThat(count("select count(*) from services.application")).isEqualTo(applications);
        assertThat(ratingCount()).isEqualTo(ratings);
        assertThat(count("select count(*) from services.demo_case")).isEqualTo(cases);
    }

    private String demoCase(String key) {
        return jdbc.sql("select application_number from services.demo_case where key = ?").param(key)
                .query(String.class).single();
    }

    private String statusOf(String number) {
        return jdbc.sql("select status from services.application where number = ?").param(number)
                .query(String.class).single();
    }

    private int ratingCount() {
        return count("""
                select count(*) from services.rating r join services.demo_case d
                    on d.application_number = r.application_number""");
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
