package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yiwang.services.ServiceDesk.complete;
import static org.yiwang.services.ServiceDesk.openSteps;
import static org.yiwang.services.ServiceDesk.staff;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.common.CreditCode;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;
import org.yiwang.registry.DataUseLog;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/**
 * The full life of each demo item through the real Flowable engine on PostgreSQL: 企业开办 with 税务 and 人社 in
 * parallel, 食品经营许可 in a serial chain with a supplement request and a return, 出生一件事 across 卫健, 公安 and 医保.
 */
@PlatformTest
@RecordApplicationEvents
class ApplicationLifeIT {

    static final String WINDOW = "ZJ-HZ-XH-ZWFW";
    static final String SCJG = "ZJ-HZ-XH-SCJG";

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEvents events;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transactions;
    @Autowired DataUseLog dataUse;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void enterprise_establishment_runs_tax_and_social_insurance_in_parallel_then_issues_the_licence() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, citizen.session(), """
                {"itemCode":"XH-QYKB-001","consent":false,
                 "form":{"enterpriseName":"杭州西湖%s科技有限公司","registeredCapital":"100","domicileAddress":"杭州市西湖区文三路 1 号",
                         "businessScope":"软件开发","employees":"5","investorName":"测试居民","investorIdNumber":"%s",
                         "phone":"13800001234"},
                 "materials":{"identity":"%s","premises":"%s","articles":"%s"}}
                """.formatted(unique(), citizen.idNumber(), ServiceDesk.uploadPdf(mvc, citizen.session()),
                ServiceDesk.uploadPdf(mvc, citizen.session()), ServiceDesk.uploadPdf(mvc, citizen.session()))));
        assertThat(number).matches("YW\\d{8}\\d{6}");
        assertThat(ServiceDesk.statusOf(mvc, citizen.session(), number)).isEqualTo("SUBMITTED");

        MockHttpSession window = staff(mvc, organization, WINDOW, "SERVICES_WINDOW");
        Map<String, String> open = openSteps(mvc, window, number);
        assertThat(open).containsOnlyKeys("accept");
        complete(mvc, window, open.get("accept"), "ACCEPT", "材料齐全，予以受理").andExpect(status().isOk());
        String accepted = ServiceDesk.view(mvc, citizen.session(), number);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat((String) JsonPath.read(accepted, "$.promisedDue"))
                .isEqualTo(workingDays.current().addWorkingDays(today, 3).toString());
        assertThat((String) JsonPath.read(accepted, "$.statutoryDue"))
                .isEqualTo(workingDays.current().addWorkingDays(today, 15).toString());

        MockHttpSession scjg = staff(mvc, organization, SCJG, "SERVICES_DECIDER");
        open = openSteps(mvc, scjg, number);
        assertThat(open).containsOnlyKeys("register");
        assertThat((String) JsonPath.read(ServiceDesk.view(mvc, citizen.session(), number), "$.current[0].due"))
                .isEqualTo(workingDays.current().addWorkingDays(today, 2).toString());
        complete(mvc, scjg, open.get("register"), "PASS", "名称、住所、章程符合规定").andExpect(status().isOk());

        open = openSteps(mvc, scjg, number);
        assertThat(open).containsOnlyKeys("socialInsurance", "tax");
        MockHttpSession tax = staff(mvc, organization, "ZJ-HZ-XH-SW", "SERVICES_EXAMINER");
        MockHttpSession hr = staff(mvc, organization, "ZJ-HZ-XH-RS", "SERVICES_EXAMINER");
        complete(mvc, hr, open.get("socialInsurance"), "PASS", "已办理单位参保登记").andExpect(status().isOk());
        assertThat(openSteps(mvc, scjg, number)).containsOnlyKeys("tax");
        complete(mvc, tax, open.get("tax"), "PASS", "已完成税务登记并核定票种").andExpect(status().isOk());

        open = openSteps(mvc, scjg, number);
        assertThat(open).containsOnlyKeys("decide");
        complete(mvc, scjg, open.get("decide"), "APPROVE", "准予设立登记").andExpect(status().isOk());

        String done = ServiceDesk.view(mvc, citizen.session(), number);
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("COMPLETED");
        assertThat((Boolean) JsonPath.read(done, "$.approved")).isTrue();
        List<String> actions = JsonPath.read(done, "$.steps[*].action");
        assertThat(actions).containsSubsequence("SUBMITTED", "IN_PROCESS", "STEP_DONE", "STEP_DONE", "STEP_DONE",
                "APPROVED", "COMPLETED");
        List<String> departments = JsonPath.read(done, "$.steps[*].department");
        assertThat(departments).contains("杭州市西湖区政务服务中心", "杭州市西湖区市场监督管理局",
                "国家税务总局杭州市西湖区税务局", "杭州市西湖区人力资源和社会保障局");
        assertThat(decided(number)).singleElement().satisfies(d -> {
            assertThat(d.approved()).isTrue();
            assertThat(d.licenceType()).isEqualTo("营业执照");
            assertThat(d.deciding()).isEqualTo(SCJG);
            assertThat(d.holderName()).startsWith("杭州西湖");
        });
        assertThat(completed(number)).hasSize(1);
        assertThat(statuses(number)).containsExactly("SUBMITTED", "IN_PROCESS", "APPROVED", "COMPLETED");
    }

    @Test
    void food_licence_goes_through_acceptance_examination_decision_and_conclusion_one_after_another()
            throws Exception {
        MockHttpSession enterprise = ServiceDesk.demoEnterprise(mvc);
        String premises = "杭州市西湖区古墩路 " + unique() + " 号";
        String created = ServiceDesk.submit(mvc, enterprise, """
                {"itemCode":"XH-SPJY-002","consent":true,
                 "form":{"premises":"%s","category":"预包装食品销售","area":"80","manager":"王管理",
                         "enterpriseName":"别的名字"},
                 "materials":{"floorPlan":"%s"}}
                """.formatted(premises, ServiceDesk.uploadPdf(mvc, enterprise)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("materials.safetyRules"))
                .andReturn().getResponse().getContentAsString();
        assertThat(created).contains("食品安全管理制度");

        String number = ServiceDesk.number(ServiceDesk.submit(mvc, enterprise, """
                {"itemCode":"XH-SPJY-002","consent":true,
                 "form":{"premises":"%s","category":"预包装食品销售","area":"80","manager":"王管理",
                         "enterpriseName":"别的名字"},
                 "materials":{"floorPlan":"%s","safetyRules":"%s"}}
                """.formatted(premises, ServiceDesk.uploadPdf(mvc, enterprise), ServiceDesk.uploadPdf(mvc, enterprise))));
        String filed = ServiceDesk.view(mvc, enterprise, number);
        assertThat((String) JsonPath.read(filed, "$.form.enterpriseName")).isEqualTo("杭州一网示范科技有限公司");
        assertThat((String) JsonPath.read(filed, "$.form.creditCode")).isEqualTo(ServiceDesk.DEMO_ENTERPRISE);
        assertThat((List<String>) JsonPath.read(filed, "$.prefilled")).contains("enterpriseName", "creditCode");
        assertThat((List<Boolean>) JsonPath.read(filed, "$.materials[?(@.code == 'businessLicence')].fromRegister"))
                .containsExactly(true);
        assertThat(dataUse.ofEntity(CreditCode.parse(ServiceDesk.DEMO_ENTERPRISE)))
                .anyMatch(use -> use.purpose().contains("食品经营许可") && use.purpose().contains("申请人授权预填"));

        MockHttpSession window = staff(mvc, organization, WINDOW, "SERVICES_WINDOW");
        String accept = openSteps(mvc, window, number).get("accept");
        mvc.perform(post("/api/v1/services/tasks/" + accept + "/supplement-request").session(window)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"平面布局图未标明食品处理区，请一次补齐。\",\"fields\":[\"floorPlan\"]}"))
                .andExpect(status().isOk());
        assertThat(ServiceDesk.statusOf(mvc, enterprise, number)).isEqualTo("SUPPLEMENT_REQUESTED");
        complete(mvc, window, accept, "ACCEPT", "受理").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("services.task.waiting-supplement"));
        mvc.perform(post("/api/v1/services/tasks/" + accept + "/supplement-request").session(window)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"再补一份\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("services.supplement.once"));

        mvc.perform(post("/api/v1/services/applications/" + number + "/supplement").session(enterprise)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"materials\":{\"floorPlan\":\"%s\"}}".formatted(ServiceDesk.uploadPdf(mvc, enterprise))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUPPLEMENTED"))
                .andExpect(jsonPath("$.pausedDays").value(0));
        complete(mvc, window, accept, "ACCEPT", "补正后材料齐全").andExpect(status().isOk());

        MockHttpSession decider = staff(mvc, organization, SCJG, "SERVICES_DECIDER");
        String examine = openSteps(mvc, decider, number).get("examine");
        mvc.perform(post("/api/v1/services/tasks/" + examine + "/return").session(decider)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":\"accept\",\"opinion\":\"经营面积与平面图不一致，退回窗口核实\"}"))
                .andExpect(status().isOk());
        assertThat(openSteps(mvc, window, number)).containsOnlyKeys("accept");
        complete(mvc, window, openSteps(mvc, window, number).get("accept"), "ACCEPT", "已核实").andExpect(status().isOk());

        complete(mvc, decider, openSteps(mvc, decider, number).get("examine"), "PASS", "现场核查符合要求")
                .andExpect(status().isOk());
        String decide = openSteps(mvc, decider, number).get("decide");
        complete(mvc, decider, decide, "REFUSE", "").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("services.task.reasons-required"));
        complete(mvc, decider, decide, "REFUSE", "经营场所与污染源距离不足 25 米").andExpect(status().isOk());
        assertThat(ServiceDesk.statusOf(mvc, enterprise, number)).isEqualTo("REFUSED");
        assertThat(decided(number)).singleElement()
                .satisfies(d -> assertThat(d.reasons()).isEqualTo("经营场所与污染源距离不足 25 米"));

        complete(mvc, window, openSteps(mvc, window, number).get("conclude"), "PASS", "已送达不予许可决定书")
                .andExpect(status().isOk());
        String done = ServiceDesk.view(mvc, enterprise, number);
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("COMPLETED");
        assertThat((Boolean) JsonPath.read(done, "$.approved")).isFalse();
        assertThat((List<String>) JsonPath.read(done, "$.steps[*].action")).containsSubsequence("SUBMITTED",
                "SUPPLEMENT_REQUESTED", "SUPPLEMENTED", "IN_PROCESS", "RETURNED", "IN_PROCESS", "STEP_DONE", "REFUSED",
                "STEP_DONE", "COMPLETED");
    }

    @Test
    void birth_bundle_is_checked_by_health_then_registered_by_police_and_medical_insurance_together()
            throws Exception {
        SignIn.Citizen parent = SignIn.citizen(mvc);
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, parent.session(), """
                {"itemCode":"XH-CSYJS-003","consent":true,
                 "form":{"babyName":"测试宝宝","babySex":"女","birthDate":"%s","certificateNumber":"P%09d",
                         "parentName":"测试居民","parentIdNumber":"%s","householdAddress":"杭州市西湖区文一路 2 号"},
                 "materials":{"birthCertificate":"%s","parentIdentity":"%s"}}
                """.formatted(LocalDate.now().minusDays(3), Math.abs(System.nanoTime() % 1_000_000_000L),
                parent.idNumber(), ServiceDesk.uploadPdf(mvc, parent.session()),
                ServiceDesk.uploadPdf(mvc, parent.session()))));

        MockHttpSession window = staff(mvc, organization, WINDOW, "SERVICES_WINDOW");
        complete(mvc, window, openSteps(mvc, window, number).get("accept"), "ACCEPT", "受理").andExpect(status().isOk());
        MockHttpSession health = staff(mvc, organization, "ZJ-HZ-XH-WJ", "SERVICES_EXAMINER");
        complete(mvc, health, openSteps(mvc, health, number).get("verifyBirth"), "PASS", "出生医学证明真实有效")
                .andExpect(status().isOk());
        Map<String, String> parallel = openSteps(mvc, health, number);
        assertThat(parallel).containsOnlyKeys("household", "insurance");
        MockHttpSession police = staff(mvc, organization, "ZJ-HZ-XH-GA", "SERVICES_EXAMINER");
        MockHttpSession insurance = staff(mvc, organization, "ZJ-HZ-XH-YB", "SERVICES_EXAMINER");
        complete(mvc, insurance, parallel.get("insurance"), "PASS", "已参保").andExpect(status().isOk());
        complete(mvc, police, parallel.get("household"), "PASS", "已登记出生户口").andExpect(status().isOk());

        String done = ServiceDesk.view(mvc, parent.session(), number);
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("COMPLETED");
        assertThat((List<String>) JsonPath.read(done, "$.steps[*].department")).contains("杭州市西湖区卫生健康局",
                "杭州市公安局西湖区分局", "杭州市医疗保障局西湖分局");
        assertThat(statuses(number)).containsExactly("SUBMITTED", "IN_PROCESS", "APPROVED", "COMPLETED");
    }

    @Test
    void the_clock_stands_still_for_the_working_days_the_applicant_takes_to_supplement() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, citizen.session(), """
                {"itemCode":"XH-JYDJ-005","consent":false,
                 "form":{"applicantName":"测试居民","idNumber":"%s","phone":"13800001234"},
                 "materials":{"identity":"%s","application":"%s"}}
                """.formatted(citizen.idNumber(), ServiceDesk.uploadPdf(mvc, citizen.session()),
                ServiceDesk.uploadPdf(mvc, citizen.session()))));
        MockHttpSession window = staff(mvc, organization, WINDOW, "SERVICES_WINDOW");
        String accept = openSteps(mvc, window, number).get("accept");
        mvc.perform(post("/api/v1/services/tasks/" + accept + "/supplement-request").session(window)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"申请表缺少本人签名，请补正。\"}"))
                .andExpect(status().isOk());
        LocalDate dueBefore = LocalDate.parse(JsonPath.read(ServiceDesk.view(mvc, citizen.session(), number),
                "$.current[0].due"));
        // the request went out three working days ago
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate requested = today.minusDays(1);
        while (!workingDays.current().isWorkingDay(requested)
                || workingDays.current().countWorkingDays(requested, today) < 3) {
            requested = requested.minusDays(1);
        }
        jdbc.sql("update services.application set supplement_requested_on = ? where number = ?")
                .params(java.sql.Date.valueOf(requested), number).update();

        mvc.perform(post("/api/v1/services/applications/" + number + "/supplement").session(citizen.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"materials\":{\"application\":\"%s\"}}".formatted(
                                ServiceDesk.uploadPdf(mvc, citizen.session()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUPPLEMENTED"))
                .andExpect(jsonPath("$.pausedDays").value(3))
                .andExpect(jsonPath("$.current[0].due")
                        .value(workingDays.current().addWorkingDays(dueBefore, 3).toString()));
        // each change the applicant must know about is in his inbox
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/me/messages").session(citizen.session()))
                        .andExpect(jsonPath("$.messages[*].title").value(
                                org.hamcrest.Matchers.containsInAnyOrder("补正材料已收到", "请补正材料", "办件已提交"))));
    }

    @Test
    void a_step_can_be_claimed_and_handed_to_a_colleague_of_the_same_department_and_role() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, citizen.session(), """
                {"itemCode":"XH-JYDJ-005","consent":false,
                 "form":{"applicantName":"测试居民","idNumber":"%s","phone":"13800001234"},
                 "materials":{"identity":"%s","application":"%s"}}
                """.formatted(citizen.idNumber(), ServiceDesk.uploadPdf(mvc, citizen.session()),
                ServiceDesk.uploadPdf(mvc, citizen.session()))));
        SignIn.Staff first = ServiceDesk.staffMember(mvc, organization, WINDOW, "SERVICES_WINDOW");
        SignIn.Staff second = SignIn.staff(mvc, organization.departmentByCode(WINDOW).orElseThrow().id(),
                java.util.Set.of("SERVICES_WINDOW"), false);
        String accept = openSteps(mvc, first.session(), number).get("accept");
        mvc.perform(post("/api/v1/services/tasks/" + accept + "/claim").session(first.session()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assigneeAccountId").value(first.accountId()));
        complete(mvc, second.session(), accept, "ACCEPT", "抢先办理").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("workflow.task.claimed"));
        mvc.perform(post("/api/v1/services/tasks/" + accept + "/transfer").session(first.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toAccountId\":%d}".formatted(second.accountId())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assigneeAccountId").value(second.accountId()));
        complete(mvc, second.session(), accept, "ACCEPT", "受理").andExpect(status().isOk());
        assertThat(ServiceDesk.statusOf(mvc, citizen.session(), number)).isEqualTo("IN_PROCESS");
    }

    @Test
    void the_number_of_the_licence_issued_for_an_application_shows_on_its_tracking_page() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, citizen.session(), """
                {"itemCode":"XH-TXYL-004","consent":false,
                 "form":{"applicantName":"测试居民","idNumber":"%s","phone":"13800001234"},
                 "materials":{"identity":"%s","application":"%s"}}
                """.formatted(citizen.idNumber(), ServiceDesk.uploadPdf(mvc, citizen.session()),
                ServiceDesk.uploadPdf(mvc, citizen.session()))));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> publisher.publishEvent(
                new LicenceIssued(number, "330106-TEST-" + unique(), false, citizen.accountId(), Instant.now(),
                        "营业执照")));
        String licence = null;
        for (int i = 0; i < 100 && licence == null; i++) {
            licence = JsonPath.read(ServiceDesk.view(mvc, citizen.session(), number), "$.licenceNumber");
            Thread.sleep(100);
        }
        assertThat(licence).startsWith("330106-TEST-");
        assertThat((List<String>) JsonPath.read(ServiceDesk.view(mvc, citizen.session(), number), "$.steps[*].action"))
                .contains("LICENCE_ISSUED");
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 100_000_000L);
    }

    /** What the services module told the rest of the platform in this test. */
    private List<ApplicationDecided> decided(String number) {
        return events.stream(ApplicationDecided.class).filter(e -> e.applicationNumber().equals(number)).toList();
    }

    private List<ApplicationCompleted> completed(String number) {
        return events.stream(ApplicationCompleted.class).filter(e -> e.applicationNumber().equals(number)).toList();
    }

    private List<String> statuses(String number) {
        return events.stream(ApplicationStatusChanged.class).filter(e -> e.applicationNumber().equals(number))
                .map(e -> e.status().name()).toList();
    }
}
