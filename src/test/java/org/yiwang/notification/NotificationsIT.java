package org.yiwang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/** The inbox of every signed-in user, and SMS/email handed to their senders only after the caller commits. */
@PlatformTest
class NotificationsIT {

    @Autowired MockMvc mvc;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void a_message_shows_unread_in_the_inbox_until_it_is_opened() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        long id = notifications.send(Notice.inApp(citizen.accountId(), "办件已受理", "西湖区市场监管局已受理您的申请。",
                "/me/licences", null)).orElseThrow();

        mvc.perform(get("/api/v1/me/messages").session(citizen.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.messages[0].id").value(id))
                .andExpect(jsonPath("$.messages[0].title").value("办件已受理"))
                .andExpect(jsonPath("$.messages[0].readAt").doesNotExist());
        mvc.perform(get("/me/messages").session(citizen.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("西湖区市场监管局已受理您的申请。")))
                .andExpect(content().string(Matchers.containsString("未读消息 1 条")));

        mvc.perform(post("/me/messages/{id}/read", id).session(citizen.session()).with(csrf()))
                .andExpect(redirectedUrl("/me/licences"));
        assertThat(notifications.unreadCount(citizen.accountId())).isZero();
        mvc.perform(get("/api/v1/me/messages").param("unread", "true").session(citizen.session()))
                .andExpect(jsonPath("$.unread").value(0))
                .andExpect(jsonPath("$.messages").isEmpty());
    }

    @Test
    void nobody_reads_or_marks_another_accounts_message() throws Exception {
        SignIn.Citizen owner = SignIn.citizen(mvc);
        SignIn.Citizen other = SignIn.citizen(mvc);
        long id = notifications.send(Notice.inApp(owner.accountId(), "私信", "只给本人看。", null, null)).orElseThrow();

        mvc.perform(post("/api/v1/me/messages/{id}/read", id).session(other.session()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].rule").value("notification.not-found"));
        mvc.perform(get("/api/v1/me/messages").session(other.session()))
                .andExpect(jsonPath("$.messages[*].id").value(Matchers.not(Matchers.hasItem((int) id))));
        mvc.perform(get("/api/v1/me/messages")).andExpect(status().isUnauthorized());
        assertThat(notifications.unreadCount(owner.accountId())).isEqualTo(1);
    }

    @Test
    void the_same_key_is_told_once() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        Notice notice = Notice.inApp(citizen.accountId(), "电子证照已签发", "证照编号 ZZ1。", "/me/licences",
                "test-once:" + citizen.accountId());
        assertThat(notifications.send(notice)).isPresent();
        assertThat(notifications.send(notice)).isEmpty();
        assertThat(notifications.unreadCount(citizen.accountId())).isEqualTo(1);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void sms_goes_to_the_sender_after_commit_and_not_at_all_after_a_rollback(CapturedOutput log) throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        Optional<Long> rolledBack = transactions.execute(status -> {
            Optional<Long> id = notifications.send(Notice.inApp(citizen.accountId(), "不会送达", "回滚了。", null, null)
                    .withSms("13800001234"));
            status.setRollbackOnly();
            return id;
        });
        Long sent = transactions.execute(status -> notifications.send(Notice.inApp(citizen.accountId(), "请补正材料",
                "请补正营业场所证明。", null, null).withSms("13800001234").withEmail("zhang@example.org")).orElseThrow());

        assertThat(rolledBack).isPresent();
        assertThat(jdbc.sql("select count(*) from notification.message where id = ?").param(rolledBack.get())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notification.delivery where message_id = ?").param(rolledBack.get())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select channel || ' ' || address || ' ' || status from notification.delivery"
                        + " where message_id = ? order by channel").param(sent).query(String.class).list())
                .containsExactly("EMAIL z***@example.org SENT", "SMS 138****1234 SENT");
        // the embedded default senders only write to the log, and never the full number or address
        assertThat(log.getOut()).contains("Email to z***@example.org: 请补正材料 — 请补正营业场所证明。")
                .contains("SMS to 138****1234: 请补正材料：请补正营业场所证明。")
                .doesNotContain("zhang@example.org").doesNotContain("SMS to 13800001234").doesNotContain("不会送达");
    }
}
