package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/**
 * 好差评 end to end: a finished application is rated once by its applicant; a real-name bad rating becomes a
 * follow-up with a working-day deadline in the department's workbench, whose reply the applicant reads.
 */
@PlatformTest
class RatingsIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;
    @Autowired WorkingDays workingDays;

    ResultsFixture fixture;
    long department;

    @BeforeEach
    void fixture() {
        fixture = new ResultsFixture(events, transactions, jdbc);
        department = organization.departmentByCode(ResultsFixture.DECIDING).orElseThrow().id();
    }

    private String completed(long applicant, boolean realName) {
        String number = ResultsFixture.newApplicationNumber();
        fixture.publish(new ApplicationCompleted(number, "XH-QYSL", "企业设立登记", applicant, department,
                ResultsFixture.DECIDING_NAME, realName, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from services.rateable where application_number = ?").param(number)
                .query(Integer.class).single() == 1);
        return number;
    }

    private org.springframework.test.web.servlet.ResultActions rate(SignIn.Citizen who, String number, String json)
            throws Exception {
        return mvc.perform(post("/api/v1/services/applications/{n}/rating", number).session(who.session())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void a_good_rating_is_kept_once_and_opens_no_follow_up() throws Exception {
        SignIn.Citizen applicant = SignIn.citizen(mvc);
        String number = completed(applicant.accountId(), true);

        rate(applicant, number, "{\"level\":\"满意\",\"comment\":\"一次办好，很方便。\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("SATISFIED"))
                .andExpect(jsonPath("$.followUpOpened").value(false));
        rate(applicant, number, "{\"level\":\"VERY_SATISFIED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("rating.already-rated"));
        mvc.perform(get("/api/v1/services/applications/{n}/rating", number).session(applicant.session()))
                .andExpect(jsonPath("$.levelName").value("满意"));
    }

    @Test
    void only_the_applicant_rates_and_only_on_the_five_levels() throws Exception {
        SignIn.Citizen applicant = SignIn.citizen(mvc);
        SignIn.Citizen other = SignIn.citizen(mvc);
        String number = completed(applicant.accountId(), true);

        rate(other, number, "{\"level\":\"满意\"}").andExpect(status().isNotFound());
        rate(applicant, "NO-SUCH-APPLICATION", "{\"level\":\"满意\"}").andExpect(status().isNotFound());
        rate(applicant, number, "{\"level\":\"还行\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("level"))
                .andExpect(jsonPath("$.errors[0].rule").value("rating.level.unknown"));
        rate(applicant, number, "{\"level\":\"不满意\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].rule").value("rating.comment.required-for-bad"));
        rate(applicant, number, "{\"level\":\"满意\",\"comment\":\"" + "好".repeat(501) + "\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("rating.comment.length"));
        assertThat(jdbc.sql("select count(*) from services.rating where application_number = ?").param(number)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_real_name_bad_rating_is_followed_up_by_the_department_and_the_applicant_reads_the_reply() throws Exception {
        SignIn.Citizen applicant = SignIn.citizen(mvc);
        String number = completed(applicant.accountId(), true);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate due = workingDays.current().addWorkingDays(today, 15);

        rate(applicant, number, "{\"level\":\"非常不满意\",\"comment\":\"窗口让我跑了三次。\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.followUpOpened").value(true))
                .andExpect(jsonPath("$.followUpDue").value(due.toString()))
                .andExpect(jsonPath("$.followUpStatus").value("OPEN"));

        SignIn.Staff staff = SignIn.staff(mvc, department, Set.of(), false);
        SignIn.Staff elsewhere = SignIn.staff(mvc,
                organization.departmentByCode("ZJ-HZ-XH-SW").orElseThrow().id(), Set.of(), false);
        String list = mvc.perform(get("/api/v1/services/rating-follow-ups").session(staff.session()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.<java.util.List<Integer>>read(list,
                "$[?(@.applicationNumber == '" + number + "')].id").get(0);
        mvc.perform(get("/workbench").session(staff.session()))
                .andExpect(content().string(Matchers.containsString("差评整改回访：企业设立登记（非常不满意）")))
                .andExpect(content().string(Matchers.containsString("/workbench/ratings/follow-ups/" + id)));
        mvc.perform(get("/workbench/ratings/follow-ups/{id}", id).session(staff.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("窗口让我跑了三次。")));
        mvc.perform(get("/api/v1/services/rating-follow-ups/{id}", id).session(elsewhere.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/services/rating-follow-ups/{id}", id).session(applicant.session()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/services/rating-follow-ups/{id}/reply", id).session(staff.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reply\":\"\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reply"));
        mvc.perform(post("/workbench/ratings/follow-ups/{id}", id).session(staff.session()).with(csrf())
                        .param("reply", "已核实：材料清单未写明需原件。已补充清单，并对窗口人员作了提醒。"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/services/rating-follow-ups/{id}/reply", id).session(staff.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reply\":\"再回复一次\"}"))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/services/applications/{n}/rating", number).session(applicant.session()))
                .andExpect(jsonPath("$.followUpStatus").value("CLOSED"))
                .andExpect(jsonPath("$.reply").value(Matchers.startsWith("已核实")));
        mvc.perform(get("/me/ratings").session(applicant.session()))
                .andExpect(content().string(Matchers.containsString("已补充清单")));
        mvc.perform(get("/api/v1/me/messages").session(applicant.session()))
                .andExpect(jsonPath("$.messages[0].title").value("您的评价已有回复"));
        mvc.perform(get("/workbench").param("list", "HANDLED").session(staff.session()))
                .andExpect(content().string(Matchers.containsString("/workbench/ratings/follow-ups/" + id)));
    }

    @Test
    void two_ratings_sent_at_the_same_moment_keep_exactly_one() throws Exception {
        SignIn.Citizen applicant = SignIn.citizen(mvc);
        String number = completed(applicant.accountId(), true);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String level : java.util.List.of("VERY_SATISFIED", "SATISFIED")) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return rate(applicant, number, "{\"level\":\"" + level + "\"}")
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from services.rating where application_number = ?").param(number)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void an_anonymous_bad_rating_opens_no_follow_up() throws Exception {
        SignIn.Citizen applicant = SignIn.citizen(mvc);
        String number = completed(applicant.accountId(), false);
        rate(applicant, number, "{\"level\":\"DISSATISFIED\",\"comment\":\"等太久。\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.followUpOpened").value(false));
    }

    @Test
    void the_rating_page_takes_a_rating_and_shows_a_missing_reason_beside_the_field() throws Exception {
        SignIn.Citizen applicant = SignIn.citizen(mvc);
        String number = completed(applicant.accountId(), true);
        mvc.perform(get("/me/ratings").session(applicant.session()))
                .andExpect(content().string(Matchers.containsString(number)))
                .andExpect(content().string(Matchers.containsString("基本满意")));
        mvc.perform(post("/me/ratings/{n}", number).session(applicant.session()).with(csrf())
                        .param("level", "VERY_DISSATISFIED"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请写明原因，以便部门整改")));
        mvc.perform(post("/me/ratings/{n}", number).session(applicant.session()).with(csrf())
                        .param("level", "VERY_SATISFIED").param("comment", "很好"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/me/ratings/{n}", number).session(applicant.session()).with(csrf())
                        .param("level", "VERY_SATISFIED"))
                .andExpect(status().isConflict());
    }

    @Test
    void the_statistics_count_each_level_within_the_viewers_data_scope() throws Exception {
        SignIn.Citizen applicant = SignIn.citizen(mvc);
        rate(applicant, completed(applicant.accountId(), true), "{\"level\":\"VERY_SATISFIED\"}")
                .andExpect(status().isCreated());
        rate(applicant, completed(applicant.accountId(), true), "{\"level\":\"不满意\",\"comment\":\"慢\"}")
                .andExpect(status().isCreated());

        SignIn.Staff supervisor = SignIn.staff(mvc, organization.departmentByCode("ZJ-HZ-ZWFW").orElseThrow().id(),
                Set.of("RATING_SUPERVISOR"), true);
        SignIn.Staff outside = SignIn.staff(mvc, organization.departmentByCode("ZJ-NB-ZWFW").orElseThrow().id(),
                Set.of("RATING_SUPERVISOR"), true);
        String path = "$.departments[?(@.departmentId == " + department + ")]";
        mvc.perform(get("/api/v1/services/ratings/statistics").session(supervisor.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(path + ".verySatisfied").value(Matchers.hasItem(Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath(path + ".dissatisfied").value(Matchers.hasItem(Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath(path + ".followUpsOpen").value(Matchers.hasItem(Matchers.greaterThanOrEqualTo(1))));
        mvc.perform(get("/api/v1/services/ratings/statistics").session(outside.session()))
                .andExpect(jsonPath(path).isEmpty());
        mvc.perform(get("/workbench/ratings/statistics").session(supervisor.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(ResultsFixture.DECIDING_NAME)));
        mvc.perform(get("/api/v1/services/ratings/statistics").session(applicant.session()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/services/ratings/statistics").session(supervisor.session())
                        .param("from", "2026-05-01").param("to", "2026-04-01"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("rating.period.order"));
    }
}
