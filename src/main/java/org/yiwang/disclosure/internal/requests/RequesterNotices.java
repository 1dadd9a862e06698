package org.yiwang.disclosure.internal.requests;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiwang.disclosure.DisclosureRequestStepTaken;
import org.yiwang.notification.Notice;
import org.yiwang.notification.Notifications;

/**
 * Tells the requester, in his inbox, every step of his request the regulation says he must learn of: receipt with the
 * due date, a correction notice (art. 30), the corrected request's new due date, an approved extension (art. 33) and
 * the answer. Proposals and rejected extensions stay inside the department. A written request's requester has no
 * account and is told by post. Each message is keyed by request and step, so an event delivered twice is told once.
 */
@Component
class RequesterNotices {

    private final Notifications notifications;
    private final MessageSource messages;

    RequesterNotices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(DisclosureRequestStepTaken step) {
        if (step.requesterAccountId() != null) {
            noticeOf(step).ifPresent(notifications::send);
        }
    }

    Optional<Notice> noticeOf(DisclosureRequestStepTaken s) {
        String department = s.departmentName() == null ? "受理机关" : s.departmentName();
        String title;
        String body;
        switch (s.step()) {
            case "FILED" -> {
                title = "政府信息公开申请已收到";
                body = department + "已收到您的政府信息公开申请，将于" + day(s.dueOn()) + "前答复。";
            }
            case "CORRECTION_NOTICED" -> {
                title = "请补正政府信息公开申请";
                body = department + "请您补正申请：" + sentence(s.note()) + "请于" + day(s.dueOn())
                        + "前在申请详情中提交补正；补正期间答复期限暂停，收到补正后重新计算。逾期未补正的，视为放弃申请。";
            }
            case "CORRECTED" -> {
                title = "补正后的申请已收到";
                body = department + "已收到您补正后的申请，答复期限重新计算，将于" + day(s.dueOn()) + "前答复。";
            }
            case "EXTENSION_APPROVED" -> {
                title = "答复期限已延长";
                body = department + "经批准延长答复期限，理由：" + sentence(s.note()) + "新的答复期限为" + day(s.dueOn())
                        + "。";
            }
            case "ANSWERED" -> {
                title = "政府信息公开申请已答复";
                body = department + "已对您的申请作出答复，答复结果：" + outcome(s.note()) + "。答复书可在申请详情中查看和下载。";
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(Notice.inApp(s.requesterAccountId(), title, body + "（申请编号 " + s.number() + "）",
                "/disclosure-requests/" + s.requestId(), "disclosure-request:" + s.number() + ":" + s.step()));
    }

    private String outcome(String code) {
        return code == null ? "" : messages.getMessage("dreq.outcome." + code, null, code, Locale.SIMPLIFIED_CHINESE);
    }

    private static String day(LocalDate date) {
        return date == null ? "规定期限" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String stripped = text.strip();
        return stripped.endsWith("。") ? stripped : stripped + "。";
    }
}
