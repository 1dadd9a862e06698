package org.yiwang.services.internal.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;
import org.yiwang.services.internal.catalog.Catalog;
import org.yiwang.services.internal.catalog.ServiceItem;
import org.yiwang.workflow.DeadlineWarning;
import org.yiwang.workflow.Workflow;
import org.yiwang.workflow.WorkflowTask;

/**
 * What an applicant (or a staff member of a department on the case) sees of an application: its status,
 * deadlines with their warning, every step done with time and department, the steps open now and where.
 */
@Service
class Tracking {

    /** A step open now: which department has it and until when. */
    record CurrentStep(String taskId, String step, String name, long departmentId, String departmentName,
            java.time.Instant since, LocalDate due, String warning) {
    }

    record View(Application application, ServiceItem item, List<ApplicationEvent> events,
            List<AttachedMaterial> materials, List<CurrentStep> current, String warning, LocalDate today) {
    }

    private final ApplicationRepository applications;
    private final Catalog catalog;
    private final Workflow workflow;
    private final WorkingDays workingDays;
    private final OrganizationDirectory organization;
    private final CaseLog log;

    Tracking(ApplicationRepository applications, Catalog catalog, Workflow workflow, WorkingDays workingDays,
            OrganizationDirectory organization, CaseLog log) {
        this.applications = applications;
        this.catalog = catalog;
        this.workflow = workflow;
        this.workingDays = workingDays;
        this.organization = organization;
        this.log = log;
    }

    /**
     * The application if the viewer may see it: its applicant, staff of a department that works on its item,
     * or a supervisor. Anyone else is told it does not exist.
     */
    @Transactional(readOnly = true)
    View view(String number, Authentication viewer) {
        Application a = applications.byNumber(number).orElseThrow(Applying::notFound);
        ServiceItem item = catalog.item(a.itemCode()).orElseThrow();
        if (!maySee(a, item, viewer)) {
            throw Applying.notFound();
        }
        var calendar = workingDays.current();
        LocalDate today = log.now().atZone(Applying.ZONE).toLocalDate();
        List<CurrentStep> current = workflow.openTasks(a.number()).stream()
                .map(t -> current(t, calendar, today)).toList();
        String warning = a.open() ? DeadlineWarning.of(a.promisedDue(), today, calendar).css() : null;
        return new View(a, item, applications.events(a.id()), applications.materials(a.id()), current, warning, today);
    }

    @Transactional(readOnly = true)
    List<Application> mine(long accountId) {
        return applications.ofApplicant(accountId, 100);
    }

    private CurrentStep current(WorkflowTask t, org.yiwang.common.WorkingDayCalendar calendar, LocalDate today) {
        return new CurrentStep(t.id(), t.step(), t.name(), t.departmentId(), log.departmentName(t.departmentId()),
                t.createdAt(), t.dueDate(), DeadlineWarning.of(t.dueDate(), today, calendar).css());
    }

    private boolean maySee(Application a, ServiceItem item, Authentication viewer) {
        if (viewer == null || !(viewer.getPrincipal() instanceof AccountPrincipal principal)) {
            return false;
        }
        if (principal.accountId() == a.applicantAccountId()) {
            return true;
        }
        Set<String> permissions = viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
        if (permissions.contains("services:supervise")) {
            return true;
        }
        if (principal.departmentId() == null) {
            return false;
        }
        return item.lanes().values().stream().map(organization::departmentByCode)
                .anyMatch(d -> d.isPresent() && d.get().id() == principal.departmentId());
    }

    static RuleViolationException forbidden() {
        return new RuleViolationException(HttpStatus.FORBIDDEN,
                List.of(RuleViolation.of("number", "services.application.not-yours")));
    }
}
