package org.yiwang.disclosure.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/**
 * One test per statutory rule of disclosure on request (政府信息公开条例 2019, arts. 30, 33, 36), through the real
 * request desk, PostgreSQL and the shipped holiday calendar, and through the HTTP API where a refusal must reach the
 * client as a problem detail.
 *
 * <p>The steps whose outcome depends on the day are taken on fixed days of 2026 through the desk's dated twins
 * (the same rules, the day given instead of read from the clock). They stay valid as long as the shipped calendar
 * keeps its 2026 holidays; only the overdue list compares with the real today, and a request due in March 2026 stays
 * overdue for good.
 */
@PlatformTest
class DisclosureRequestRulesIT {

    static final String DEPARTMENT = "ZJ-HZ-XH-BGS";
    static final int YEAR = 2026;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired MockMvc mvc;
    @Autowired RequestDesk desk;
    @Autowired AnnualReport annualReport;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcClient jdbc;

    long department;
    SignIn.Citizen citizen;
    Actor requester;
    SignIn.Staff officerAccount;
    Actor officer;
    Actor approver;

    @BeforeEach
    void people() throws Exception {
        department = organization.departmentByCode(DEPARTMENT).orElseThrow().id();
        citizen = SignIn.citizen(mvc);
        requester = new Actor(new AccountPrincipal(citizen.accountId(), AccountKind.CITIZEN, citizen.idNumber(),
                citizen.name(), null, false), Set.of(Actor.FILE));
        officerAccount = SignIn.staff(mvc, department, Set.of("DISCLOSURE_REQUEST_OFFICER"), false);
        officer = staffActor(officerAccount, Actor.HANDLE);
        approver = staffActor(SignIn.staff(mvc, department, Set.of("DISCLOSURE_REQUEST_APPROVER"), false),
                Actor.HANDLE, Actor.APPROVE);
    }

    @Test
    void the_answer_is_due_twenty_working_days_after_receipt_counting_the_holidays() throws Exception {
        // 25–27 September (中秋) and 1–7 October (国庆) are off, Saturday 10 October is worked.
        InfoRequest filed = desk.file(filing("2026年第三季度区政府常务会议议定事项的公开情况"), requester, day("2026-09-23"));
        assertThat(filed.dueOn()).isEqualTo(day("2026-10-28"));

        mvc.perform(get("/api/v1/disclosure/requests/" + filed.id()).session(citizen.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receivedOn").value("2026-09-23"))
                .andExpect(jsonPath("$.dueOn").value("2026-10-28"))
                .andExpect(jsonPath("$.steps[0].action").value("FILED"));
    }

    @Test
    void the_period_is_extended_once_by_at_most_twenty_working_days_and_only_once_a_second_person_approves()
            throws Exception {
        InfoRequest filed = desk.file(filing("2026年区级政府投资项目计划及调整情况"), requester, day("2026-09-23"));
        long id = filed.id();

        assertThat(ruleOf(() -> desk.proposeExtension(id, 21, "需要会商", officer, day("2026-10-12"))))
                .isEqualTo("disclosure-request.extension.days");
        InfoRequest proposed = desk.proposeExtension(id, 20, "涉及多个部门，需要征求意见", officer, day("2026-10-12"));
        assertThat(proposed.dueOn()).as("a proposal alone moves nothing").isEqualTo(day("2026-10-28"));
        assertThatThrownBy(() -> desk.decideExtension(id, true, null, officer, day("2026-10-13")))
                .as("a plain officer may not approve").isInstanceOf(AccessDeniedException.class);

        InfoRequest approved = desk.decideExtension(id, true, "同意延期", approver, day("2026-10-13"));
        assertThat(approved.dueOn()).isEqualTo(day("2026-11-25"));
        assertThat(ruleOf(() -> desk.proposeExtension(id, 5, "仍需时间", officer, day("2026-11-02"))))
                .isEqualTo("disclosure-request.extension.once");

        InfoRequest other = desk.file(filing("2026年区政府办公室公务接待费用"), requester, day("2026-09-23"));
        desk.proposeExtension(other.id(), 10, "需要会商", approver, day("2026-10-12"));
        assertThat(ruleOf(() -> desk.decideExtension(other.id(), true, null, approver, day("2026-10-13"))))
                .as("the proposer may not approve his own extension").isEqualTo("disclosure-request.extension.same-person");

        mvc.perform(get("/api/v1/disclosure/requests/" + id).session(citizen.session()))
                .andExpect(jsonPath("$.dueOn").value("2026-11-25"))
                .andExpect(jsonPath("$.extension.status").value("APPROVED"))
                .andExpect(jsonPath("$.extension.days").value(20));
    }

    @Test
    void one_correction_notice_within_seven_working_days_and_the_clock_restarts_when_the_requester_corrects()
            throws Exception {
        InfoRequest late = desk.file(filing("那份文件"), requester, day("2026-09-23"));
        RuleViolationException refusal = refusal(() -> desk.noticeCorrection(late.id(), "请写明文件名称和文号", officer,
                day("2026-10-12")));
        assertThat(refusal.violations().get(0).rule()).isEqualTo("disclosure-request.correction.late");
        assertThat(refusal.violations().get(0).args()).containsExactly("2026-10-10");

        InfoRequest unclear = desk.file(filing("关于那个项目的材料"), requester, day("2026-09-23"));
        InfoRequest noticed = desk.noticeCorrection(unclear.id(), "请写明项目名称和所需材料的种类", officer,
                day("2026-10-10"));
        assertThat(noticed.status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
        assertThat(noticed.dueOn()).as("the clock stands still").isNull();
        assertThat(ruleOf(() -> desk.noticeCorrection(unclear.id(), "再次补正", officer, day("2026-10-12"))))
                .isEqualTo("disclosure-request.correction.once");

        InfoRequest corrected = desk.correct(unclear.id(), "西湖区文三路综合整治工程的立项批复和验收报告", requester,
                day("2026-10-20"));
        assertThat(corrected.status()).isEqualTo(RequestStatus.PROCESSING);
        assertThat(corrected.dueOn()).as("twenty working days from the corrected request").isEqualTo(day("2026-11-17"));
        mvc.perform(get("/api/v1/disclosure/requests/" + unclear.id()).session(citizen.session()))
                .andExpect(jsonPath("$.status").value("PROCESSING"))
                .andExpect(jsonPath("$.dueOn").value("2026-11-17"))
                .andExpect(jsonPath("$.correction.correctedOn").value("2026-10-20"));
    }

    @Test
    void a_written_requests_correction_arrives_on_paper_and_is_recorded_by_the_officer_only() {
        InfoRequest written = desk.registerWritten(new RequestDesk.WrittenDraft("钟晓", "NATURAL_PERSON", "2026-09-23",
                        new Filing.Draft(null, "那份通知", null, "PAPER", "13800001234", null, "杭州市西湖区示范路2号")),
                officer, day("2026-09-24"));
        desk.noticeCorrection(written.id(), "请写明通知的名称或文号", officer, day("2026-09-28"));
        Actor stranger = new Actor(new AccountPrincipal(citizen.accountId(), AccountKind.CITIZEN, citizen.idNumber(),
                citizen.name(), null, false), Set.of(Actor.FILE));
        assertThatThrownBy(() -> desk.correct(written.id(), "区政府关于秋季防火的通知", stranger, day("2026-10-09")))
                .isInstanceOf(RequestNotFound.class);

        InfoRequest corrected = desk.correct(written.id(), "区政府关于秋季森林防火的通知", officer, day("2026-10-09"));
        assertThat(corrected.dueOn()).isEqualTo(day("2026-11-05"));
        assertThat(corrected.correction().correctedDescription()).isEqualTo("区政府关于秋季森林防火的通知");
    }

    @Test
    void each_statutory_outcome_is_refused_with_422_naming_the_field_it_lacks_and_nothing_is_written() throws Exception {
        Map<String, String> lacking = Map.of(
                "PARTIALLY_DISCLOSED", "exemption",
                "WITHHELD", "exemption",
                "UNAVAILABLE", "unavailableReason",
                "NOT_RESPONSIBLE", "responsibleBody",
                "NOT_PROCESSED", "notProcessedReason",
                "ALREADY_PUBLISHED", "publicationId");
        long id = filedOverHttp("2026年区政府办公室政府采购项目清单");
        for (var each : lacking.entrySet()) {
            mvc.perform(answer(id, each.getKey(), Map.of(), true).header("Accept-Language", "en"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.errors[*].field", hasItem(each.getValue())))
                    .andExpect(jsonPath("$.detail", containsString("Required when the outcome is")));
        }
        mvc.perform(answer(id, "DISCLOSED", Map.of(), false))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("document")));
        mvc.perform(answer(id, "DISCLOSED", Map.of(), false).file(new MockMultipartFile("document", "answer.docx", DOCX,
                        "这不是一份文档，只是改了扩展名的文字。".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.errors[*].field", hasItem("document")));
        mvc.perform(answer(id, "WITHHELD", Map.of("exemption", "NO_SUCH_GROUND"), true))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("exemption")));
        mvc.perform(answer(id, "ALREADY_PUBLISHED", Map.of("publicationId", "999999999"), true))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("publicationId")));

        mvc.perform(get("/api/v1/disclosure/requests/" + id).session(citizen.session()))
                .andExpect(jsonPath("$.status").value("PROCESSING"))
                .andExpect(jsonPath("$.answer").doesNotExist())
                .andExpect(jsonPath("$.steps[*].action", not(hasItem("ANSWERED"))));
    }

    @Test
    void each_statutory_outcome_is_answered_with_what_it_must_carry() throws Exception {
        long publication = jdbc.sql("select id from disclosure.publication where status = 'PUBLISHED' order by id limit 1")
                .query(Long.class).single();
        List<Map<String, String>> answers = List.of(
                Map.of("outcome", "DISCLOSED"),
                Map.of("outcome", "PARTIALLY_DISCLOSED", "exemption", "PRIVACY"),
                Map.of("outcome", "WITHHELD", "exemption", "STATE_SECRET"),
                Map.of("outcome", "UNAVAILABLE", "unavailableReason", "NOT_HELD"),
                Map.of("outcome", "NOT_RESPONSIBLE", "responsibleBody", "杭州市西湖区财政局"),
                Map.of("outcome", "NOT_PROCESSED", "notProcessedReason", "PETITION"),
                Map.of("outcome", "ALREADY_PUBLISHED", "publicationId", String.valueOf(publication)));
        for (Map<String, String> given : answers) {
            long id = filedOverHttp("依申请公开规则测试：" + given.get("outcome"));
            Map<String, String> fields = new java.util.HashMap<>(given);
            String outcome = fields.remove("outcome");
            var answered = mvc.perform(answer(id, outcome, fields, true))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("ANSWERED"))
                    .andExpect(jsonPath("$.answer.outcome").value(outcome))
                    .andExpect(jsonPath("$.answer.documentType").value("DOCX"));
            for (var field : fields.entrySet()) {
                answered.andExpect(jsonPath("$.answer." + field.getKey()).value(
                        field.getKey().equals("publicationId") ? (Object) publication : field.getValue()));
            }
            String number = desk.visible(id, requester).number();
            assertThat(jdbc.sql("select count(*) from audit.audit_record where action = 'disclosure.request.answered'"
                            + " and target = :target and actor = :actor")
                    .param("target", "disclosure-request:" + number)
                    .param("actor", officerAccount.username() + "#" + officerAccount.accountId())
                    .query(Integer.class).single()).as("the answer is audited under the officer's name").isEqualTo(1);
            mvc.perform(answer(id, outcome, fields, true)).andExpect(status().isConflict());
        }
    }

    @Test
    void a_request_without_identity_is_refused() throws Exception {
        mvc.perform(post("/api/v1/disclosure/requests").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId":%d,"description":"匿名申请","delivery":"ELECTRONIC","phone":"13800001234"}
                                """.formatted(department)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/disclosure/requests").session(officerAccount.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId":%d,"description":"以工作人员账号提出的申请","delivery":"ELECTRONIC",
                                 "phone":"13800001234"}""".formatted(department)))
                .andExpect(status().isForbidden());
        assertThat(ruleOf(() -> desk.file(filing("以工作人员身份提出的申请"), officer, day("2026-09-23"))))
                .isEqualTo("disclosure-request.requester.kind");
        mvc.perform(post("/api/v1/disclosure/requests/written").session(officerAccount.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"requesterKind":"NATURAL_PERSON","receivedOn":"%s","description":"无人署名的来信",
                                 "delivery":"PAPER","phone":"13800001234","address":"杭州市西湖区示范路1号"}"""
                                .formatted(desk.today())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("requesterName")));
    }

    @Test
    void an_overdue_request_shows_on_the_supervisors_list_and_a_fresh_one_does_not() throws Exception {
        InfoRequest overdue = desk.file(filing("2026年第一季度区政府信息公开工作台账"), requester, day("2026-03-02"));
        assertThat(overdue.dueOn()).isEqualTo(day("2026-03-30"));
        long fresh = filedOverHttp("本周区政府值班安排");
        SignIn.Staff supervisor = SignIn.staff(mvc, department, Set.of("DISCLOSURE_REQUEST_SUPERVISOR"), false);

        String fresher = desk.visible(fresh, requester).number();
        mvc.perform(get("/api/v1/disclosure/requests/overdue").session(supervisor.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].number", hasItem(overdue.number())))
                .andExpect(jsonPath("$.items[*].number", not(hasItem(fresher))));
        mvc.perform(get("/api/v1/disclosure/requests/overdue").session(citizen.session()))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_annual_report_counts_requests_by_outcome() throws Exception {
        AnnualFigures before = annualReport.figures(DEPARTMENT, YEAR);
        answeredOn("2026-04-01", "DISCLOSED", null, null, null);
        answeredOn("2026-04-02", "DISCLOSED", null, null, null);
        answeredOn("2026-05-06", "WITHHELD", "PRIVACY", null, null);
        answeredOn("2026-06-01", "UNAVAILABLE", null, "NOT_HELD", null);
        answeredOn("2026-07-01", "NOT_RESPONSIBLE", null, null, "杭州市西湖区住房和城乡建设局");

        AnnualFigures after = annualReport.figures(DEPARTMENT, YEAR);
        assertThat(after.receivedTotal() - before.receivedTotal()).isEqualTo(5);
        assertThat(after.answeredTotal() - before.answeredTotal()).isEqualTo(5);
        assertThat(delta(before.answered(), after.answered(), Outcome.DISCLOSED)).isEqualTo(2);
        assertThat(delta(before.answered(), after.answered(), Outcome.WITHHELD)).isEqualTo(1);
        assertThat(delta(before.answered(), after.answered(), Outcome.UNAVAILABLE)).isEqualTo(1);
        assertThat(delta(before.answered(), after.answered(), Outcome.NOT_RESPONSIBLE)).isEqualTo(1);
        assertThat(delta(before.answered(), after.answered(), Outcome.PARTIALLY_DISCLOSED)).isZero();
        assertThat(delta(before.withheldByExemption(), after.withheldByExemption(), Exemption.PRIVACY)).isEqualTo(1);
        assertThat(delta(before.unavailableByReason(), after.unavailableByReason(), UnavailableReason.NOT_HELD))
                .isEqualTo(1);

        long publishedThatYear = jdbc.sql("""
                select count(*) from disclosure.publication
                 where department_id = :d and status in ('PUBLISHED', 'WITHDRAWN')
                   and published_on between :from and :to""")
                .param("d", department).param("from", LocalDate.of(YEAR, 1, 1)).param("to", LocalDate.of(YEAR, 12, 31))
                .query(Long.class).single();
        assertThat(publishedThatYear).as("demo publications of the department in the year").isPositive();
        assertThat(after.proactivelyPublished()).as("proactive publications, withdrawn ones included")
                .isEqualTo(publishedThatYear);
        mvc.perform(get("/api/v1/disclosure/annual-reports/" + DEPARTMENT + "/" + YEAR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answered.DISCLOSED").value((int) (long) after.answered().get(Outcome.DISCLOSED)))
                .andExpect(jsonPath("$.answeredTotal").value((int) after.answeredTotal()));
    }

    private void answeredOn(String iso, String outcome, String exemption, String unavailable, String body) {
        LocalDate received = day(iso);
        InfoRequest filed = desk.file(filing("年度报告统计用申请：" + outcome + " " + iso), requester, received);
        byte[] letter = AnswerLetter.docx("西湖区政府办公室", filed.number(), List.of("答复内容。"));
        desk.answer(filed.id(), new Answer.Draft(outcome, exemption, unavailable, null, null, body, null, "答复。"),
                () -> new ByteArrayInputStream(letter), officer, received.plusDays(7));
    }

    private long filedOverHttp(String description) throws Exception {
        String body = mvc.perform(post("/api/v1/disclosure/requests").session(citizen.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId":%d,"description":"%s","delivery":"ELECTRONIC","phone":"13800001234"}
                                """.formatted(department, description)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private MockMultipartHttpServletRequestBuilder answer(long id, String outcome, Map<String, String> fields,
            boolean withDocument) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/disclosure/requests/{id}/answer", id);
        if (withDocument) {
            request.file(new MockMultipartFile("document", "answer.docx", DOCX,
                    AnswerLetter.docx("西湖区政府办公室", "YSQ", List.of("答复书正文。"))));
        }
        request.param("outcome", outcome).param("summary", "答复摘要");
        fields.forEach(request::param);
        request.session(officerAccount.session());
        return request;
    }

    private Filing.Draft filing(String description) {
        return new Filing.Draft(department, description, null, "ELECTRONIC", "13800001234", null, null);
    }

    /** The staff member as the security layer would present him: his department and his roles' permissions. */
    private Actor staffActor(SignIn.Staff account, String... permissions) {
        return new Actor(new AccountPrincipal(account.accountId(), AccountKind.STAFF, account.username(), "测试人员",
                department, false), Set.of(permissions));
    }

    private static <E extends Enum<E>> long delta(Map<E, Long> before, Map<E, Long> after, E key) {
        return after.get(key) - before.get(key);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static RuleViolationException refusal(Runnable step) {
        try {
            step.run();
        } catch (RuleViolationException e) {
            return e;
        }
        throw new AssertionError("the step was not refused");
    }

    private static String ruleOf(Runnable step) {
        return refusal(step).violations().get(0).rule();
    }
}
