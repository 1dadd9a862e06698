package org.yiwang.services.internal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.yiwang.notification.Notice;
import org.yiwang.services.ApplicationStatus;
import org.yiwang.services.ApplicationStatusChanged;

class StatusTextsTest {

    static ApplicationStatusChanged change(ApplicationStatus status, String note) {
        return new ApplicationStatusChanged("XH20260316000123", 7, "企业设立登记", status, "西湖区市场监管局", note,
                Instant.parse("2026-03-16T02:00:00Z"));
    }

    @Test
    void a_supplement_request_lists_what_is_missing_and_says_the_clock_stops() {
        Notice notice = StatusTexts.of(change(ApplicationStatus.SUPPLEMENT_REQUESTED, "住所使用证明、股东会决议"));
        assertThat(notice.accountId()).isEqualTo(7);
        assertThat(notice.title()).isEqualTo("请补正材料");
        assertThat(notice.body()).isEqualTo("西湖区市场监管局请您一次性补正以下材料：住所使用证明、股东会决议。"
                + "补正期间办理时限暂停计算，补正后继续计算。（办件编号 XH20260316000123）");
        assertThat(notice.link()).isEqualTo("/services/applications/XH20260316000123");
    }

    @Test
    void a_refusal_gives_the_reason_once_with_one_full_stop() {
        Notice notice = StatusTexts.of(change(ApplicationStatus.REFUSED, "经营场所不符合要求。"));
        assertThat(notice.body()).contains("理由：经营场所不符合要求。不予许可决定书").doesNotContain("。。");
    }

    @Test
    void completion_invites_a_rating() {
        Notice notice = StatusTexts.of(change(ApplicationStatus.COMPLETED, null));
        assertThat(notice.title()).isEqualTo("办件已办结");
        assertThat(notice.link()).isEqualTo("/me/ratings");
    }

    @Test
    void every_status_has_a_message_keyed_by_its_event() {
        for (ApplicationStatus status : EnumSet.allOf(ApplicationStatus.class)) {
            Notice notice = StatusTexts.of(change(status, null));
            assertThat(notice.body()).endsWith("（办件编号 XH20260316000123）").doesNotContain("null");
            assertThat(notice.key()).isEqualTo("application-status:XH20260316000123:" + status + ":2026-03-16T02:00:00Z");
        }
    }
}
