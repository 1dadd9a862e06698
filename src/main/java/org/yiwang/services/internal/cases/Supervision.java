package org.yiwang.services.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.organization.WorkingDays;
import org.yiwang.workflow.DeadlineWarning;
import org.yiwang.workflow.Workflow;
import org.yiwang.workflow.WorkflowTask;

/**
 * 电子监察: the steps and the cases whose working-day deadline is near (yellow) or past (red), for supervisors.
 * A case waiting for the applicant's supplement is left out of the step list: its clock stands still.
 */
@Service
class Supervision {

    static final int LIMIT = 200;

    record LateStep(String taskId, String number, String itemName, String stepName, String departmentName,
            LocalDate due, String warning, int daysOver) {
    }

    record LateCase(String number, String itemName, String status, String departmentName, LocalDate promisedDue,
            LocalDate statutoryDue, String warning, int daysOver) {
    }

    record Report(LocalDate today, List<LateStep> steps, List<LateCase> cases) {
    }

    private final Workflow workflow;
    private final ApplicationRepository applications;
    private final WorkingDays workingDays;
    private final CaseLog log;

    Supervision(Workflow workflow, ApplicationRepository applications, WorkingDays workingDays, CaseLog log) {
        this.workflow = workflow;
        this.applications = applications;
        this.workingDays = workingDays;
        this.log = log;
    }

    @Transactional(readOnly = true)
    Report report() {
        var calendar = workingDays.current();
        LocalDate today = log.now().atZone(Applying.ZONE).toLocalDate();
        LocalDate horizon = calendar.addWorkingDays(today, DeadlineWarning.YELLOW_WORKING_DAYS);
        List<LateStep> steps = new ArrayList<>();
        for (WorkflowTask t : workflow.openTasksDueBy(horizon, LIMIT)) {
            var a = applications.byNumber(t.businessKey());
            if (a.isEmpty() || a.get().status() == org.yiwang.services.ApplicationStatus.SUPPLEMENT_REQUESTED) {
                continue;
            }
            steps.add(new LateStep(t.id(), t.businessKey(), a.get().itemName(), t.name(),
                    log.departmentName(t.departmentId()), t.dueDate(),
                    DeadlineWarning.of(t.dueDate(), today, calendar).css(), over(calendar, t.dueDate(), today)));
        }
        List<LateCase> cases = applications.openDueBy(horizon, LIMIT).stream()
                .map(a -> new LateCase(a.number(), a.itemName(), a.status().name(),
                        log.departmentName(a.leadDepartmentId()), a.promisedDue(), a.statutoryDue(),
                        DeadlineWarning.of(a.promisedDue(), today, calendar).css(),
                        over(calendar, a.promisedDue(), today)))
                .toList();
        return new Report(today, steps, cases);
    }

    /** Working days past the deadline; zero while it has not passed. */
    private static int over(org.yiwang.common.WorkingDayCalendar calendar, LocalDate due, LocalDate today) {
        return due == null || !today.isAfter(due) ? 0 : calendar.countWorkingDays(due, today);
    }
}
