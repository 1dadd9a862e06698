package org.yiwang.services.internal.notice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yiwang.notification.Notice;
import org.yiwang.services.ApplicationStatusChanged;

/** The message an applicant reads when his application changes status, in plain Chinese. */
final class StatusTexts {

    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ISO_INSTANT;

    private StatusTexts() {
    }

    static Notice of(ApplicationStatusChanged c) {
        String item = "“" + c.itemName() + "”";
        String department = c.departmentName() == null ? "办理部门" : c.departmentName();
        String note = c.note() == null || c.note().isBlank() ? null : c.note().strip();
        String title;
        String body;
        String link = "/services/applications/" + c.applicationNumber();
        switch (c.status()) {
            case SUBMITTED -> {
                title = "办件已提交";
                body = "您申请的" + item + "已提交，请等待窗口受理。";
            }
            case SUPPLEMENT_REQUESTED -> {
                title = "请补正材料";
                body = department + "请您一次性补正以下材料：" + (note == null ? "详见办件详情" : note)
                        + "。补正期间办理时限暂停计算，补正后继续计算。";
            }
            case SUPPLEMENTED -> {
                title = "补正材料已收到";
                body = "您为" + item + "补正的材料已收到，办理时限继续计算。";
            }
            case NOT_ACCEPTED -> {
                title = "办件不予受理";
                body = department + "对您申请的" + item + "决定不予受理。" + reason(note);
            }
            case IN_PROCESS -> {
                title = "办件已受理";
                body = department + "已受理您申请的" + item + "，正在办理。";
            }
            case APPROVED -> {
                title = "办件已审批通过";
                body = department + "已准予您申请的" + item + "。" + (note == null ? "" : "办理意见：" + sentence(note));
            }
            case REFUSED -> {
                title = "办件未予许可";
                body = department + "决定对您申请的" + item + "不予许可。" + reason(note)
                        + "不予许可决定书写明了救济途径，可在“我的证照与决定书”中查看。";
            }
            case COMPLETED -> {
                title = "办件已办结";
                body = "您申请的" + item + "已办结。欢迎对本次服务作出评价，您的意见会转达办理部门。";
                link = "/me/ratings";
            }
            case WITHDRAWN -> {
                title = "办件已撤回";
                body = "您申请的" + item + "已撤回。";
            }
            default -> throw new IllegalArgumentException("no message for status " + c.status());
        }
        body = body + "（办件编号 " + c.applicationNumber() + "）";
        String key = "application-status:" + c.applicationNumber() + ":" + c.status() + ":"
                + KEY_TIME.format(c.changedAt().atZone(ZoneId.of("UTC")));
        return Notice.inApp(c.applicantAccountId(), title, body, link, key);
    }

    private static String reason(String note) {
        return note == null ? "" : "理由：" + sentence(note);
    }

    private static String sentence(String text) {
        return text.endsWith("。") ? text : text + "。";
    }
}
