package org.yiwang.disclosure.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yiwang.common.RuleViolationException;

/** The statutory clock of a request on the shipped 2026 calendar: 中秋, 国庆 and 春节 with their 调休 days. */
class StatutoryClockTest {

    static final StatutoryClock CLOCK = new StatutoryClock(ShippedCalendar.CALENDAR);
    static final long HANDLER = 7;
    static final long APPROVER = 8;

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static InfoRequest receivedOn(String iso) {
        Filing filing = new Filing(1L, "2026年度食品安全抽检计划", null, DeliveryForm.ELECTRONIC,
                new Filing.Contact("13800000001", null, null));
        return InfoRequest.received(filing, new InfoRequest.Requester(42L, RequesterKind.NATURAL_PERSON, "张三",
                filing.contact()), Channel.ONLINE, day(iso), CLOCK);
    }

    static String ruleOf(Runnable step) {
        try {
            step.run();
        } catch (RuleViolationException e) {
            return e.violations().get(0).rule();
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void a_request_received_just_before_the_national_day_holidays_is_due_five_working_days_later_than_on_weekends_alone() {
        // 25–27 September (中秋) and 1–7 October (国庆) are off, Saturday 10 October is worked.
        assertThat(receivedOn("2026-09-23").dueOn()).isEqualTo(day("2026-10-28"));
    }

    @Test
    void a_request_received_the_day_before_the_spring_festival_counts_both_make_up_saturdays() {
        // 14 and 28 February are worked Saturdays, 15–23 February are off.
        assertThat(receivedOn("2026-02-13").dueOn()).isEqualTo(day("2026-03-19"));
    }

    @Test
    void the_last_day_for_a_correction_notice_can_be_a_make_up_saturday() {
        assertThat(CLOCK.lastCorrectionNoticeDay(day("2026-09-23"))).isEqualTo(day("2026-10-10"));
        InfoRequest noticed = receivedOn("2026-09-23").noticeCorrection("请写明文号", HANDLER, day("2026-10-10"), CLOCK);
        assertThat(noticed.status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
        assertThat(noticed.dueOn()).isNull();
    }

    @Test
    void a_correction_notice_after_seven_working_days_is_refused_naming_the_last_day() {
        RuleViolationException refusal = org.junit.jupiter.api.Assertions.assertThrows(RuleViolationException.class,
                () -> receivedOn("2026-09-23").noticeCorrection("请写明文号", HANDLER, day("2026-10-12"), CLOCK));
        assertThat(refusal.violations().get(0).rule()).isEqualTo("disclosure-request.correction.late");
        assertThat(refusal.violations().get(0).args()).containsExactly("2026-10-10");
    }

    @Test
    void the_corrected_request_restarts_the_twenty_working_days_from_its_arrival() {
        InfoRequest noticed = receivedOn("2026-02-13").noticeCorrection("请写明年度", HANDLER, day("2026-02-24"), CLOCK);
        assertThat(noticed.correction().dueOn()).isEqualTo(day("2026-03-16"));
        InfoRequest corrected = noticed.correct("2026年度西湖区食品安全抽检计划", day("2026-03-02"), CLOCK);
        assertThat(corrected.status()).isEqualTo(RequestStatus.PROCESSING);
        assertThat(corrected.clockStart()).isEqualTo(day("2026-03-02"));
        assertThat(corrected.dueOn()).isEqualTo(day("2026-03-30"));
    }

    @Test
    void only_one_correction_notice_is_allowed() {
        InfoRequest corrected = receivedOn("2026-02-13").noticeCorrection("请写明年度", HANDLER, day("2026-02-24"), CLOCK)
                .correct("2026年度", day("2026-02-25"), CLOCK);
        assertThat(ruleOf(() -> corrected.noticeCorrection("再次补正", HANDLER, day("2026-02-26"), CLOCK)))
                .isEqualTo("disclosure-request.correction.once");
    }

    @Test
    void a_correction_arriving_after_its_period_is_refused_and_the_request_may_then_be_closed_as_abandoned() {
        InfoRequest noticed = receivedOn("2026-02-13").noticeCorrection("请写明年度", HANDLER, day("2026-02-24"), CLOCK);
        assertThat(ruleOf(() -> noticed.correct("2026年度", day("2026-03-17"), CLOCK)))
                .isEqualTo("disclosure-request.correction.expired");
        Answer abandoned = Answer.checked(new Answer.Draft("ABANDONED", null, null, null, null, null, null, null), true);
        assertThat(ruleOf(() -> noticed.answer(abandoned, HANDLER, day("2026-03-16"))))
                .isEqualTo("disclosure-request.abandoned.too-early");
        assertThat(noticed.answer(abandoned, HANDLER, day("2026-03-17")).status()).isEqualTo(RequestStatus.ANSWERED);
    }

    @Test
    void no_other_answer_while_the_clock_waits_for_a_correction() {
        InfoRequest noticed = receivedOn("2026-02-13").noticeCorrection("请写明年度", HANDLER, day("2026-02-24"), CLOCK);
        Answer disclosed = Answer.checked(new Answer.Draft("DISCLOSED", null, null, null, null, null, null, null), true);
        assertThat(ruleOf(() -> noticed.answer(disclosed, HANDLER, day("2026-02-25"))))
                .isEqualTo("disclosure-request.awaiting-correction");
    }

    @Test
    void an_approved_extension_adds_its_working_days_to_the_period() {
        InfoRequest proposed = receivedOn("2026-09-23").proposeExtension(20, "涉及第三方，需征求意见", HANDLER,
                day("2026-10-20"));
        assertThat(proposed.dueOn()).isEqualTo(day("2026-10-28"));
        InfoRequest approved = proposed.decideExtension(true, "同意", APPROVER, day("2026-10-21"), CLOCK);
        assertThat(approved.dueOn()).isEqualTo(day("2026-11-25"));
        assertThat(approved.grantedExtensionDays()).isEqualTo(20);
    }

    @Test
    void the_period_is_extended_only_once() {
        InfoRequest approved = receivedOn("2026-09-23").proposeExtension(5, "需要检索档案", HANDLER, day("2026-10-20"))
                .decideExtension(true, null, APPROVER, day("2026-10-20"), CLOCK);
        assertThat(ruleOf(() -> approved.proposeExtension(5, "再延长", HANDLER, day("2026-10-22"))))
                .isEqualTo("disclosure-request.extension.once");
    }

    @Test
    void a_rejected_extension_leaves_the_deadline_and_may_be_proposed_again() {
        InfoRequest rejected = receivedOn("2026-09-23").proposeExtension(20, "工作量大", HANDLER, day("2026-10-20"))
                .decideExtension(false, "理由不充分", APPROVER, day("2026-10-20"), CLOCK);
        assertThat(rejected.dueOn()).isEqualTo(day("2026-10-28"));
        assertThat(rejected.proposeExtension(10, "涉及第三方，需征求意见", HANDLER, day("2026-10-21")).extension().status())
                .isEqualTo(InfoRequest.ExtensionStatus.PROPOSED);
    }

    @Test
    void an_extension_needs_a_second_person_at_most_twenty_days_and_the_deadline_not_yet_passed() {
        InfoRequest request = receivedOn("2026-09-23");
        assertThat(ruleOf(() -> request.proposeExtension(21, "理由", HANDLER, day("2026-10-20"))))
                .isEqualTo("disclosure-request.extension.days");
        assertThat(ruleOf(() -> request.proposeExtension(0, "理由", HANDLER, day("2026-10-20"))))
                .isEqualTo("disclosure-request.extension.days");
        assertThat(ruleOf(() -> request.proposeExtension(10, "理由", HANDLER, day("2026-10-29"))))
                .isEqualTo("disclosure-request.extension.too-late");
        InfoRequest proposed = request.proposeExtension(10, "理由", HANDLER, day("2026-10-20"));
        assertThat(ruleOf(() -> proposed.decideExtension(true, null, HANDLER, day("2026-10-20"), CLOCK)))
                .isEqualTo("disclosure-request.extension.same-person");
        assertThat(ruleOf(() -> proposed.proposeExtension(10, "理由", HANDLER, day("2026-10-20"))))
                .isEqualTo("disclosure-request.extension.pending");
    }

    @Test
    void the_deadline_turns_yellow_five_working_days_before_and_red_once_passed() {
        LocalDate due = day("2026-10-28");
        assertThat(CLOCK.warning(day("2026-10-20"), due)).isNull();
        assertThat(CLOCK.warning(day("2026-10-21"), due)).isEqualTo("yellow");
        assertThat(CLOCK.warning(day("2026-10-28"), due)).isEqualTo("yellow");
        assertThat(CLOCK.warning(day("2026-10-29"), due)).isEqualTo("red");
        assertThat(CLOCK.workingDaysLeft(day("2026-10-21"), due)).isEqualTo(5);
        assertThat(CLOCK.workingDaysLeft(day("2026-10-30"), due)).isEqualTo(-2);
    }

    @Test
    void an_answer_after_the_deadline_is_given_and_shows_as_late() {
        Answer disclosed = Answer.checked(new Answer.Draft("DISCLOSED", null, null, null, null, null, null, null), true);
        InfoRequest request = receivedOn("2026-09-23");
        assertThat(request.isOverdue(day("2026-10-29"))).isTrue();
        InfoRequest answered = request.answer(disclosed, HANDLER, day("2026-10-29"));
        assertThat(answered.answeredLate()).isTrue();
        assertThat(answered.isOverdue(day("2026-10-30"))).isFalse();
        assertThatThrownBy(() -> answered.answer(disclosed, HANDLER, day("2026-10-30")))
                .isInstanceOf(RuleViolationException.class);
    }
}
