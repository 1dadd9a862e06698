package org.yiwang.services.internal.notice;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiwang.notification.Notice;
import org.yiwang.notification.Notifications;
import org.yiwang.services.ApplicationStatusChanged;
import org.yiwang.services.LicenceIssued;

/**
 * Tells the applicant, in his inbox, every change of his application he must know about and every result
 * issued to him. Each message is keyed by its event, so an event delivered twice is told once.
 */
@Component
class ApplicantNotices {

    private final Notifications notifications;

    ApplicantNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ApplicationStatusChanged changed) {
        notifications.send(StatusTexts.of(changed));
    }

    @ApplicationModuleListener
    void on(LicenceIssued issued) {
        String decision = issued.title() == null ? "决定书" : issued.title();
        String title = issued.refusal() ? decision + "已送达" : "电子证照已签发";
        String body = issued.refusal()
                ? "您的办件（编号 " + issued.applicationNumber() + "）的" + decision + "（编号 " + issued.licenceNumber()
                        + "）已送达，写明了理由和救济途径，可在“我的证照与决定书”中查看和下载。"
                : "您的办件（编号 " + issued.applicationNumber() + "）的电子证照已签发，证照编号 " + issued.licenceNumber()
                        + "。证照加盖了发证机关的电子印章，可在“我的证照与决定书”中下载，他人扫描证照上的二维码即可核验真伪。";
        notifications.send(Notice.inApp(issued.applicantAccountId(), title, body, "/me/licences",
                "licence-issued:" + issued.licenceNumber()));
    }
}
