package org.yiwang.services.internal.cases;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.common.WorkItem;
import org.yiwang.common.WorkItemSource;
import org.yiwang.common.WorkList;
import org.yiwang.organization.WorkingDays;
import org.yiwang.workflow.DeadlineWarning;
import org.yiwang.workflow.FinishedStep;
import org.yiwang.workflow.TaskActor;
import org.yiwang.workflow.Workflow;
import org.yiwang.workflow.WorkflowTask;

/** Puts the steps of cases in front of the staff of the right department and role: 待办 and 已办. */
@Component
class ServiceWorkItems implements WorkItemSource {

    static final String SOURCE = "services";

    private final Workflow workflow;
    private final ApplicationRepository applications;
    private final WorkingDays workingDays;
    private final CaseLog log;

    ServiceWorkItems(Workflow workflow, ApplicationRepository applications, WorkingDays workingDays, CaseLog log) {
        this.workflow = workflow;
        this.applications = applications;
        this.workingDays = workingDays;
        this.log = log;
    }

    @Override
    public List<WorkItem> items(Viewer viewer, WorkList list, int limit) {
        if (viewer.departmentId() == null) {
            return List.of();
        }
        TaskActor actor = Staff.actor(viewer.accountId(), viewer.departmentId(), viewer.permissions());
        if (list == WorkList.PENDING) {
            var calendar = workingDays.current();
            LocalDate today = log.now().atZone(Applying.ZONE).toLocalDate();
            return workflow.tasksFor(actor, limit).stream().map(t -> pending(t, calendar, today)).toList();
        }
        if (list == WorkList.HANDLED) {
            return workflow.handledBy(actor, limit).stream().map(this::handled).toList();
        }
        return List.of();
    }

    @Override
    public int count(Viewer viewer, WorkList list) {
        if (viewer.departmentId() == null) {
            return 0;
        }
        TaskActor actor = Staff.actor(viewer.accountId(), viewer.departmentId(), viewer.permissions());
        if (list == WorkList.PENDING) {
            return workflow.countFor(actor);
        }
        return list == WorkList.HANDLED ? workflow.countHandledBy(actor) : 0;
    }

    private WorkItem pending(WorkflowTask t, org.yiwang.common.WorkingDayCalendar calendar, LocalDate today) {
        var a = applications.byNumber(t.businessKey());
        String item = a.map(Application::itemName).orElse("");
        String waiting = a.filter(x -> x.status() == org.yiwang.services.ApplicationStatus.SUPPLEMENT_REQUESTED)
                .map(x -> "（待补正）").orElse("");
        return new WorkItem(SOURCE, t.id(), t.name() + waiting + " · " + item + " · " + t.businessKey(),
                log.departmentName(t.departmentId()), t.createdAt(), t.dueDate(),
                DeadlineWarning.of(t.dueDate(), today, calendar).css(), "/services/tasks/" + t.id());
    }

    private WorkItem handled(FinishedStep s) {
        String item = s.businessKey() == null ? "" : applications.byNumber(s.businessKey())
                .map(Application::itemName).orElse("");
        return new WorkItem(SOURCE, s.taskId(), s.name() + " · " + item + " · " + s.businessKey(),
                log.departmentName(s.departmentId()), s.endedAt(), s.dueDate(), null,
                "/services/applications/" + s.businessKey());
    }
}
