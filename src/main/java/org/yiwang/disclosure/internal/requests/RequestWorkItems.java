package org.yiwang.disclosure.internal.requests;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yiwang.common.WorkItem;
import org.yiwang.common.WorkItemSource;
import org.yiwang.common.WorkList;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;

/**
 * Requests on the staff workbench. 待办: requests of the departments in the viewer's data scope whose clock is
 * running (for handlers), and extensions someone else proposed (for approvers), each with its deadline. 已办: requests
 * the viewer took a step on. Requests are never sent to be read, so 待阅 and 已阅 stay empty.
 */
@Component
class RequestWorkItems implements WorkItemSource {

    static final String SOURCE = "disclosure-request";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RequestRecords records;
    private final DataScopes scopes;
    private final RequestDesk desk;
    private final MessageSource messages;

    RequestWorkItems(RequestRecords records, DataScopes scopes, RequestDesk desk, MessageSource messages) {
        this.records = records;
        this.scopes = scopes;
        this.desk = desk;
        this.messages = messages;
    }

    @Override
    public List<WorkItem> items(Viewer viewer, WorkList list, int limit) {
        List<InfoRequest> requests;
        if (list == WorkList.PENDING) {
            requests = records.pending(departments(viewer), handles(viewer), approves(viewer), viewer.accountId(),
                    limit);
        } else if (list == WorkList.HANDLED) {
            requests = records.handledBy(viewer.accountId(), limit);
        } else {
            return List.of();
        }
        StatutoryClock clock = desk.clock();
        return requests.stream().map(r -> item(r, clock)).toList();
    }

    @Override
    public int count(Viewer viewer, WorkList list) {
        if (list == WorkList.PENDING) {
            return records.countPending(departments(viewer), handles(viewer), approves(viewer), viewer.accountId());
        }
        return list == WorkList.HANDLED ? records.countHandledBy(viewer.accountId()) : 0;
    }

    private WorkItem item(InfoRequest r, StatutoryClock clock) {
        boolean awaitsApproval = r.extension() != null
                && r.extension().status() == InfoRequest.ExtensionStatus.PROPOSED;
        String key = awaitsApproval ? "disclosure-request.work.extension" : "disclosure-request.work.request";
        String title = messages.getMessage(key, new Object[] {r.number(), abbreviated(r.description())}, key,
                LocaleContextHolder.getLocale());
        String warning = r.status() == RequestStatus.ANSWERED ? null : clock.warning(desk.today(), r.dueOn());
        return new WorkItem(SOURCE, r.number(), title, r.requester().name(), r.receivedOn().atStartOfDay(ZONE)
                .toInstant(), r.status() == RequestStatus.ANSWERED ? r.answeredOn() : r.dueOn(), warning,
                "/disclosure-requests/" + r.id());
    }

    /** The viewer's data scope; only his own department when the workbench asks outside his own request. */
    private Set<Long> departments(Viewer viewer) {
        return AccountPrincipal.current().filter(p -> p.accountId() == viewer.accountId())
                .map(scopes::departments)
                .orElseGet(() -> viewer.departmentId() == null ? Set.of() : Set.of(viewer.departmentId()));
    }

    private static boolean handles(Viewer viewer) {
        return viewer.permissions().contains(Actor.HANDLE);
    }

    private static boolean approves(Viewer viewer) {
        return viewer.permissions().contains(Actor.APPROVE);
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
