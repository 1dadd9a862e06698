package org.yiwang.disclosure.internal.requests;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.disclosure.Publication;
import org.yiwang.disclosure.PublishedInformation;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/** Turns requests into what people see: department names, the deadline's warning and, on request, the history. */
@Component
class RequestViews {

    private final RequestRecords records;
    private final OrganizationDirectory organization;
    private final RequestDesk desk;
    private final PublishedInformation published;

    RequestViews(RequestRecords records, OrganizationDirectory organization, RequestDesk desk,
            PublishedInformation published) {
        this.records = records;
        this.organization = organization;
        this.desk = desk;
        this.published = published;
    }

    /** One page of a list as the API and the pages show it. */
    record PageView(List<RequestView> items, int page, int pages, long total) {
    }

    PageView page(RequestRecords.Page page, Actor viewer) {
        return new PageView(summaries(page.items(), viewer), page.page(), page.pages(), page.total());
    }

    RequestView detailed(InfoRequest r, Actor viewer) {
        boolean sees = desk.isRequester(r, viewer) || viewer.may(Actor.HANDLE) && desk.mayHandle(r, viewer);
        return view(r, viewer, sees, true, records.steps(r.id()));
    }

    List<RequestView> summaries(List<InfoRequest> requests, Actor viewer) {
        return requests.stream().map(r -> view(r, viewer, false, false, List.of())).toList();
    }

    private RequestView view(InfoRequest r, Actor viewer, boolean withContact, boolean withDetails,
            List<RequestRecords.Step> steps) {
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
                a == null ? null : answer(r, a, withDetails),
                steps);
    }

    private RequestView.AnswerView answer(InfoRequest r, Answer a, boolean withPublication) {
        Publication publication = withPublication && a.publicationId() != null
                ? published.published(a.publicationId()).orElse(null) : null;
        return new RequestView.AnswerView(a.outcome().name(), name(a.exemption()), name(a.unavailableReason()),
                name(a.notProcessedReason()), a.earlierRequestNumber(), a.responsibleBody(), a.publicationId(),
                publication == null ? null : publication.indexNumber(), publication == null ? null : publication.title(),
                a.summary(), r.answeredOn(), r.answeredLate(), a.document().type().name(), a.document().size());
    }

    private String departmentName(long id) {
        return organization.department(id).map(Department::name).orElse("#" + id);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
