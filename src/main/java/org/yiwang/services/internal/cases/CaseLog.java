package org.yiwang.services.internal.cases;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.services.ApplicationStatus;
import org.yiwang.services.ApplicationStatusChanged;

/**
 * Writes what happened to a case three ways in the caller's transaction: a line of the history its applicant
 * sees, an audit record, and (for a change the applicant must know) an {@link ApplicationStatusChanged} event.
 */
@Component
class CaseLog {

    private final ApplicationRepository applications;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseLog(ApplicationRepository applications, OrganizationDirectory organization, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    String departmentName(long departmentId) {
        return organization.department(departmentId).map(Department::name).orElse(String.valueOf(departmentId));
    }

    /** A step with no status change for the applicant (e.g. 审查 done, returned, transferred). */
    void step(Application a, String action, String step, String stepName, Long departmentId, String actor, String note) {
        write(a, action, step, stepName, departmentId, departmentId == null ? null : departmentName(departmentId),
                actor, note);
    }

    /** A change of status the applicant must know about. */
    void status(Application a, ApplicationStatus status, String step, String stepName, Long departmentId,
            String actor, String note) {
        announce(a, status, step, stepName, departmentId, departmentId == null ? null : departmentName(departmentId),
                actor, note);
    }

    /** A change of status the applicant must know about, at a department already in hand. */
    void status(Application a, ApplicationStatus status, String step, String stepName, Department department,
            String actor, String note) {
        announce(a, status, step, stepName, department.id(), department.name(), actor, note);
    }

    private void announce(Application a, ApplicationStatus status, String step, String stepName, Long departmentId,
            String departmentName, String actor, String note) {
        Instant at = now();
        applications.event(a.id(), at, status.name(), step, stepName, departmentId, departmentName, actor, note);
        events.publishEvent(new ApplicationStatusChanged(a.number(), a.applicantAccountId(), a.itemName(), status,
                departmentName, note, at));
        audit(a, status.name(), stepName);
    }

    private void write(Application a, String action, String step, String stepName, Long departmentId,
            String departmentName, String actor, String note) {
        applications.event(a.id(), now(), action, step, stepName, departmentId, departmentName, actor, note);
        audit(a, action, stepName);
    }

    /**
     * The audit record comes after everything else the caller writes here: the audit chain's head row, which every
     * audited write in the platform takes in turn, is then held only from this point to the commit.
     */
    private void audit(Application a, String action, String stepName) {
        audit.record("services.application." + action.toLowerCase(java.util.Locale.ROOT), "application:" + a.number(),
                AuditOutcome.SUCCESS, stepName == null ? a.itemName() : a.itemName() + " · " + stepName);
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
