package org.yiwang.disclosure.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/**
 * The requester learns of every step he must know about in his inbox, through the {@code DisclosureRequestStepTaken}
 * module event and the notification module: receipt, the correction notice, the corrected request, the approved
 * extension and the answer, each once and linking to the request; an extension merely proposed tells him nothing.
 */
@PlatformTest
class RequesterNoticesIT {

    @Autowired MockMvc mvc;
    @Autowired RequestDesk desk;
    @Autowired OrganizationDirectory organization;

    @Test
    void the_requester_reads_receipt_correction_extension_and_answer_in_his_inbox() throws Exception {
        long department = organization.departmentByCode("ZJ-HZ-XH-BGS").orElseThrow().id();
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        Actor requester = new Actor(new AccountPrincipal(citizen.accountId(), AccountKind.CITIZEN,
                citizen.idNumber(), citizen.name(), null, false), Set.of(Actor.FILE));
        Actor officer = staff(SignIn.staff(mvc, department, Set.of("DISCLOSURE_REQUEST_OFFICER"), false), department,
                Actor.HANDLE);
        Actor approver = staff(SignIn.staff(mvc, department, Set.of("DISCLOSURE_REQUEST_APPROVER"), false),
                department, Actor.HANDLE, Actor.APPROVE);

        InfoRequest filed = desk.file(new Filing.Draft(department, "关于那次会议的材料", null, "ELECTRONIC",
                "13800001234", null, null), requester, LocalDate.parse("2026-09-23"));
        long id = filed.id();
        desk.noticeCorrection(id, "请写明会议名称和召开日期", officer, LocalDate.parse("2026-09-28"));
        desk.correct(id, "2026年9月区政府第12次常务会议的会议纪要", requester, LocalDate.parse("2026-10-09"));
        desk.proposeExtension(id, 15, "需征求第三方意见", officer, LocalDate.parse("2026-10-20"));
        desk.decideExtension(id, true, "同意", approver, LocalDate.parse("2026-10-21"));
        byte[] letter = AnswerLetter.docx("西湖区政府办公室", filed.number(), List.of("现将会议纪要提供给您。"));
        desk.answer(id, new Answer.Draft("PARTIALLY_DISCLOSED", "INTERNAL_AFFAIRS", null, null, null, null, null,
                "提供会议纪要中对外发布的部分。"), () -> new ByteArrayInputStream(letter), officer,
                LocalDate.parse("2026-11-20"));

        String link = "/disclosure-requests/" + id;
        List<Map<String, Object>> told = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> messagesLinkingTo(citizen, link), messages -> messages.size() >= 5);
        assertThat(told).extracting(m -> m.get("title")).containsExactlyInAnyOrder("政府信息公开申请已收到",
                "请补正政府信息公开申请", "补正后的申请已收到", "答复期限已延长", "政府信息公开申请已答复");
        assertThat(bodyOf(told, "政府信息公开申请已收到")).contains("2026年10月28日", filed.number());
        assertThat(bodyOf(told, "请补正政府信息公开申请")).contains("请写明会议名称和召开日期");
        assertThat(bodyOf(told, "补正后的申请已收到")).contains("2026年11月5日");
        assertThat(bodyOf(told, "答复期限已延长")).contains("需征求第三方意见", "2026年11月26日");
        assertThat(bodyOf(told, "政府信息公开申请已答复")).contains("部分公开");
    }

    private List<Map<String, Object>> messagesLinkingTo(SignIn.Citizen citizen, String link) throws Exception {
        String inbox = mvc.perform(get("/api/v1/me/messages").session(citizen.session()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> messages = JsonPath.read(inbox, "$.messages");
        return messages.stream().filter(m -> link.equals(m.get("link"))).toList();
    }

    private static String bodyOf(List<Map<String, Object>> messages, String title) {
        return messages.stream().filter(m -> title.equals(m.get("title"))).map(m -> (String) m.get("body"))
                .findFirst().orElseThrow();
    }

    private static Actor staff(SignIn.Staff account, long department, String... permissions) {
        return new Actor(new AccountPrincipal(account.accountId(), AccountKind.STAFF, account.username(), "测试人员",
                department, false), Set.of(permissions));
    }
}
