package org.yiwang.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yiwang.common.WorkItem;
import org.yiwang.common.WorkItemSource;
import org.yiwang.common.WorkList;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;

/**
 * Puts access requests on the provider's workbench: 待办 holds the department's pending requests for an
 * approver, 已办 the requests he decided. A request turns yellow two working days before its deadline and
 * red once the deadline has passed.
 */
@Component
class ApprovalQueue implements WorkItemSource {

    static final String SOURCE = "exchange";
    static final String APPROVE = "exchange:approve";
    static final int WARN_WORKING_DAYS = 2;

    private final AccessRequestRepository requests;
    private final OrganizationDirectory organization;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final MessageSource messages;

    ApprovalQueue(AccessRequestRepository requests, OrganizationDirectory organization, WorkingDays workingDays,
            Clock clock, MessageSource messages) {
        this.messages = messages;
        this.requests = requests;
        this.organization = organization;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> items(Viewer viewer, WorkList list, int limit) {
        if (!viewer.permissions().contains(APPROVE)) {
            return List.of();
        }
        return switch (list) {
            case PENDING -> viewer.departmentId() == null ? List.of()
                    : requests.pendingFor(viewer.departmentId(), limit).stream().map(this::item).toList();
            case HANDLED -> requests.decidedBy(viewer.accountId(), limit).stream().map(this::item).toList();
            case TO_READ, READ -> List.of();
        };
    }

    @Override
    public int count(Viewer viewer, WorkList list) {
        if (!viewer.permissions().contains(APPROVE)) {
            return 0;
        }
        return switch (list) {
            case PENDING -> viewer.departmentId() == null ? 0 : requests.countPendingFor(viewer.departmentId());
            case HANDLED -> requests.countDecidedBy(viewer.accountId());
            case TO_READ, READ -> 0;
        };
    }

    private WorkItem item(AccessRequest r) {
        String consumer = organization.department(r.consumerDepartmentId()).map(Department::name).orElse(null);
        String title = messages.getMessage("exchange.workitem.title", new Object[] {r.resourceName(), r.resourceCode()},
                LocaleContextHolder.getLocale());
        return new WorkItem(SOURCE, Long.toString(r.id()), title, consumer, r.submittedAt(), r.dueOn(),
                r.status() == RequestStatus.PENDING ? warning(r.dueOn()) : null, "/exchange/approvals/" + r.id());
    }

    String warning(LocalDate due) {
        if (due == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(due)) {
            return "red";
        }
        return workingDays.current().addWorkingDays(today, WARN_WORKING_DAYS).isAfter(due) ? "yellow" : null;
    }
}
