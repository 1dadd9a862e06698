package org.yiwang.disclosure.internal.requests;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/** Turns requests into what people see: department names, the deadline's warning and, on request, the history. */
@Component
class RequestViews {

    private final RequestRecords records;
    private final OrganizationDirectory organization;
    private final RequestDesk desk;

    RequestViews(RequestRecords records, OrganizationDirectory organization, RequestDesk desk) {
        this.records = records;
        this.organization = organization;
        this.desk = desk;
    }

    RequestView detailed(InfoRequest r, Actor viewer) {
        boolean sees = desk.isRequester(r, viewer) || viewer.may(Actor.HANDLE) && desk.mayHandle(r, viewer);
        return view(r, viewer, sees, records.steps(r.id()));
    }

    List<RequestView> summaries(List<InfoRequest> requests, Actor viewer) {
        return requests.stream().map(r -> view(r, viewer, false, List.of())).toList();
    }

    private RequestView view(InfoRequest r, Actor viewer, boolean withContact, List<RequestRecords.Step> steps) {
        StatutoryClock clock = desk.clock();
        LocalDate today = desk.today();
        boolean open = r.status() != RequestStatus.ANSWERED;
        InfoRequest.Correction c = r.correction();
        InfoRequest.Extension e = r.extension();
        Answer a = r.answer();
        return new RequestView(r.id(), r.number(), r.departmentId(), departmentName(r.departmentId()),
                r.channel().name(), r.requester().kind().name(), r.requester().name(),
                withContact ? r.requester().contact() : null, r.description(), r.purpose(), r.delivery().name(),
                r.receivedOn(), r.status().name(), r.dueOn(), open ? clock.warning(today, r.dueOn()) : null,
                open && r.dueOn() != null ? clock.workingDaysLeft(today, r.dueOn()) : null, r.isOverdue(today),
                clock.lastCorrectionNoticeDay(r.receivedOn()),
                c == null ? null : new RequestView.Correction(c.noticedOn(), c.detail(), c.dueOn(), c.correctedOn(),
                        c.correctedDescription()),
                e == null ? null : new RequestView.Extension(e.days(), e.reason(), e.proposedOn(), e.status().name(),
                        e.decidedOn(), e.comment(), e.proposedBy() == viewer.accountId()),
                a == null ? null : new RequestView.AnswerView(a.outcome().name(), name(a.exemption()),
                        name(a.unavailableReason()), name(a.notProcessedReason()), a.earlierRequestNumber(),
                        a.responsibleBody(), a.publicationId(), a.summary(), r.answeredOn(), r.answeredLate(),
                        a.document().type().name(), a.document().size()),
                steps);
    }

    private String departmentName(long id) {
        return organization.department(id).map(Department::name).orElse("#" + id);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
