package org.yiwang.services.internal.cases;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiwang.services.LicenceIssued;

/** Keeps the number of the licence (or decision) issued for an application, to show on its tracking page. */
@Component
class LicenceNumbers {

    private final ApplicationRepository applications;
    private final CaseLog log;

    LicenceNumbers(ApplicationRepository applications, CaseLog log) {
        this.applications = applications;
        this.log = log;
    }

    @ApplicationModuleListener
    void on(LicenceIssued issued) {
        if (applications.licenceIssued(issued.applicationNumber(), issued.licenceNumber()) == 1) {
            applications.byNumber(issued.applicationNumber()).ifPresent(a -> applications.event(a.id(),
                    issued.issuedAt(), issued.refusal() ? "DECISION_ISSUED" : "LICENCE_ISSUED", null, null,
                    a.leadDepartmentId(), log.departmentName(a.leadDepartmentId()), "system",
                    issued.licenceNumber()));
        }
    }
}
