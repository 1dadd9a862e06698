package org.yiwang.services.internal.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.identity.StaffMember;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;
import org.yiwang.services.ApplicationCompleted;
import org.yiwang.services.ApplicationDecided;
import org.yiwang.services.ApplicationStatus;
import org.yiwang.services.internal.catalog.Catalog;
import org.yiwang.services.internal.catalog.ServiceItem;
import org.yiwang.workflow.CandidateGroup;
import org.yiwang.workflow.TaskActor;
import org.yiwang.workflow.Workflow;
import org.yiwang.workflow.WorkflowTask;

/**
 * The staff's use cases on a case's steps: one-window acceptance (accept, refuse with reasons, ask once for
 * everything missing), the back-office steps (complete with an opinion, return, transfer) and the decision.
 * Each runs in one transaction that first locks the application, so two staff acting on one case at the same
 * moment are served one after the other and the second finds the step already done (409).
 */
@Service
class Processing {

    static final String ACCEPT_STEP = "accept";
    static final String DECIDE_STEP = "decide";
    static final int MAX_OPINION = 1000;

    private final ApplicationRepository applications;
    private final Workflow workflow;
    private final Catalog catalog;
    private final WorkingDays workingDays;
    private final IdentityDirectory identity;
    private final OrganizationDirectory organization;
    private final CaseLog log;

    Processing(ApplicationRepository applications, Workflow workflow, Catalog catalog, WorkingDays workingDays,
            IdentityDirectory identity, OrganizationDirectory organization, CaseLog log) {
        this.applications = applications;
        this.workflow = workflow;
        this.catalog = catalog;
        this.workingDays = workingDays;
        this.identity = identity;
        this.organization = organization;
        this.log = log;
    }

    /** A step with its case, as a staff member opens it. */
    record OpenStep(WorkflowTask task, Application application) {
    }

    @Transactional(readOnly = true)
    OpenStep open(String taskId, TaskActor actor) {
        WorkflowTask task = task(taskId, actor);
        return new OpenStep(task, applications.byNumber(task.businessKey()).orElseThrow(Applying::notFound));
    }

    @Transactional
    WorkflowTask claim(String taskId, TaskActor actor, String actorName) {
        WorkflowTask task = task(taskId, actor);
        Application a = lock(task);
        WorkflowTask claimed = workflow.claim(taskId, actor);
        log.step(a, "CLAIMED", task.step(), task.name(), task.departmentId(), actorName, null);
        return claimed;
    }

    /**
     * Completes a step. At {@code accept} the outcome is ACCEPT or NOT_ACCEPT, at {@code decide} APPROVE or
     * REFUSE, elsewhere PASS; refusals need reasons in the opinion.
     */
    @Transactional
    List<WorkflowTask> complete(String taskId, TaskActor actor, String actorName, Outcome outcome, String opinion) {
        WorkflowTask task = task(taskId, actor);
        Application a = lock(task);
        String why = opinion(opinion, outcome == Outcome.NOT_ACCEPT || outcome == Outcome.REFUSE);
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", outcome.name());
        if (ACCEPT_STEP.equals(task.step())) {
            if (outcome != Outcome.ACCEPT && outcome != Outcome.NOT_ACCEPT) {
                throw RuleViolationException.of("outcome", "services.task.outcome-accept");
            }
            if (a.status() == ApplicationStatus.SUPPLEMENT_REQUESTED) {
                throw RuleViolationException.conflict("taskId", "services.task.waiting-supplement");
            }
            variables.put("accepted", outcome == Outcome.ACCEPT);
        } else if (DECIDE_STEP.equals(task.step())) {
            if (outcome != Outcome.APPROVE && outcome != Outcome.REFUSE) {
                throw RuleViolationException.of("outcome", "services.task.outcome-decide");
            }
            variables.put("approved", outcome == Outcome.APPROVE);
        } else if (outcome != Outcome.PASS) {
            throw RuleViolationException.of("outcome", "services.task.outcome-pass");
        }
        List<WorkflowTask> next = workflow.complete(taskId, actor, why, variables);
        ServiceItem item = catalog.item(a.itemCode()).orElseThrow();
        switch (outcome) {
            case ACCEPT -> accepted(a, item, task, actorName, why);
            case NOT_ACCEPT -> notAccepted(a, item, task, actorName, why);
            case APPROVE, REFUSE -> decided(a, item, task, actorName, outcome == Outcome.APPROVE, why);
            default -> log.step(a, "STEP_DONE", task.step(), task.name(), task.departmentId(), actorName, why);
        }
        if (outcome != Outcome.NOT_ACCEPT && workflow.isEnded(a.processInstanceId())) {
            concluded(applications.byNumber(a.number()).orElseThrow(), item, task, actorName);
        }
        return next;
    }

    /** 一次性告知补正: the window lists everything missing at once; the acceptance clock stops until it comes. */
    @Transactional
    void requestSupplement(String taskId, TaskActor actor, String actorName, String note, List<String> fields) {
        WorkflowTask task = task(taskId, actor);
        Application a = lock(task);
        if (!ACCEPT_STEP.equals(task.step())) {
            throw RuleViolationException.of("taskId", "services.supplement.only-at-acceptance");
        }
        workflow.claim(taskId, actor);
        if (a.supplementRequestedOn() != null) {
            throw RuleViolationException.conflict("taskId", "services.supplement.once");
        }
        String what = opinion(note, true);
        LocalDate today = log.now().atZone(Applying.ZONE).toLocalDate();
        applications.supplementRequested(a.id(), today, what, fields == null ? List.of() : fields);
        log.status(a, ApplicationStatus.SUPPLEMENT_REQUESTED, task.step(), task.name(), task.departmentId(), actorName,
                what);
    }

    @Transactional
    List<WorkflowTask> returnTo(String taskId, TaskActor actor, String actorName, String step, String opinion) {
        WorkflowTask task = task(taskId, actor);
        Application a = lock(task);
        String why = opinion(opinion, true);
        List<WorkflowTask> next = workflow.returnTo(taskId, step, actor, why);
        log.step(a, "RETURNED", task.step(), task.name(), task.departmentId(), actorName, why);
        return next;
    }

    @Transactional
    WorkflowTask transfer(String taskId, TaskActor actor, String actorName, long toAccountId) {
        WorkflowTask task = task(taskId, actor);
        Application a = lock(task);
        StaffMember to = identity.staffMember(toAccountId).orElseThrow(
                () -> RuleViolationException.of("toAccountId", "workflow.transfer.not-colleague"));
        WorkflowTask moved = workflow.transfer(taskId, actor,
                Staff.actor(to.accountId(), to.departmentId(), to.permissions()));
        log.step(a, "TRANSFERRED", task.step(), task.name(), task.departmentId(), actorName, to.displayName());
        return moved;
    }

    /** Colleagues of the actor who could take the step instead (same department, same role). */
    List<StaffMember> colleaguesFor(WorkflowTask task, long actorAccountId) {
        return identity.staffWithPermission(task.departmentId(), Staff.PREFIX + task.role()).stream()
                .filter(m -> m.accountId() != actorAccountId).toList();
    }

    private void accepted(Application a, ServiceItem item, WorkflowTask task, String actor, String opinion) {
        var calendar = workingDays.current();
        LocalDate today = log.now().atZone(Applying.ZONE).toLocalDate();
        applications.accepted(a.id(), today, calendar.addWorkingDays(today, item.promisedDays()),
                calendar.addWorkingDays(today, item.statutoryDays()));
        log.status(a, ApplicationStatus.IN_PROCESS, task.step(), task.name(), task.departmentId(), actor, opinion);
    }

    /** 不予受理: the window's decision with its reasons, sealed by the window's department like any refusal. */
    private void notAccepted(Application a, ServiceItem item, WorkflowTask task, String actor, String reasons) {
        var now = log.now();
        applications.notAccepted(a.id(), reasons, now);
        log.status(a, ApplicationStatus.NOT_ACCEPTED, task.step(), task.name(), task.departmentId(), actor, reasons);
        Department window = organization.department(task.departmentId()).orElseThrow();
        log.publish(new ApplicationDecided(a.number(), a.itemCode(), a.itemName(), item.licenceType(), false,
                a.applicantAccountId(), a.holderName(), a.holderIdentifierMasked(), window.code(), window.name(),
                Map.of(), null, reasons, now, true));
        log.publish(new ApplicationCompleted(a.number(), a.itemCode(), a.itemName(), a.applicantAccountId(),
                a.leadDepartmentId(), log.departmentName(a.leadDepartmentId()), true, now));
    }

    private void decided(Application a, ServiceItem item, WorkflowTask task, String actor, boolean approved,
            String opinion) {
        var now = log.now();
        applications.decided(a.id(), approved, approved ? null : opinion, now);
        log.status(a, approved ? ApplicationStatus.APPROVED : ApplicationStatus.REFUSED, task.step(), task.name(),
                task.departmentId(), actor, opinion);
        Department deciding = organization.department(task.departmentId()).orElseThrow();
        LocalDate validUntil = approved && item.licenceYears() != null
                ? now.atZone(Applying.ZONE).toLocalDate().plusYears(item.licenceYears()).minusDays(1) : null;
        log.publish(new ApplicationDecided(a.number(), a.itemCode(), a.itemName(), item.licenceType(), approved,
                a.applicantAccountId(), a.holderName(), a.holderIdentifierMasked(), deciding.code(), deciding.name(),
                licenceFields(item, a), validUntil, approved ? null : opinion, now));
    }

    /** The process ended: 办结. An item without a decision step is approved by getting through all its steps. */
    private void concluded(Application a, ServiceItem item, WorkflowTask last, String actor) {
        if (a.decidedAt() == null) {
            decided(a, item, last, actor, true, null);
        }
        var now = log.now();
        applications.completed(a.id(), now);
        log.status(a, ApplicationStatus.COMPLETED, last.step(), last.name(), last.departmentId(), actor, null);
        log.publish(new ApplicationCompleted(a.number(), a.itemCode(), a.itemName(), a.applicantAccountId(),
                a.leadDepartmentId(), log.departmentName(a.leadDepartmentId()), true, now));
    }

    /** What the licence states besides holder and item: the form values that describe what is licensed. */
    private static Map<String, String> licenceFields(ServiceItem item, Application a) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        item.form().stream().filter(f -> f.prefill() == null || f.prefill().startsWith("entity."))
                .filter(f -> !"idNumber".equals(f.type()) && !"phone".equals(f.type()))
                .forEach(f -> {
                    String value = a.form().get(f.name());
                    if (value != null) {
                        fields.put(f.label(), value);
                    }
                });
        return fields;
    }

    private WorkflowTask task(String taskId) {
        return workflow.task(taskId).orElseThrow(() -> workflow.exists(taskId)
                ? RuleViolationException.conflict("taskId", "workflow.task.closed")
                : new RuleViolationException(HttpStatus.NOT_FOUND,
                        List.of(RuleViolation.of("taskId", "workflow.task.not-found"))));
    }

    /** A step of another department or role is refused before anything else is looked at. */
    private WorkflowTask task(String taskId, TaskActor actor) {
        WorkflowTask task = task(taskId);
        boolean mine = Long.valueOf(actor.accountId()).equals(task.assigneeAccountId())
                || actor.groups().contains(CandidateGroup.of(task.departmentId(), task.role()));
        if (!mine) {
            throw new RuleViolationException(HttpStatus.FORBIDDEN,
                    List.of(RuleViolation.of("taskId", "workflow.task.not-yours")));
        }
        return task;
    }

    private Application lock(WorkflowTask task) {
        return applications.lock(task.businessKey()).orElseThrow(Applying::notFound);
    }

    private static String opinion(String text, boolean required) {
        String value = text == null ? null : text.strip();
        if (value == null || value.isEmpty()) {
            if (required) {
                throw RuleViolationException.of("opinion", "services.task.reasons-required");
            }
            return null;
        }
        if (value.length() > MAX_OPINION) {
            throw RuleViolationException.of("opinion", "services.task.opinion-length", MAX_OPINION);
        }
        return value;
    }
}
