package org.yiwang.disclosure.internal.requests;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileRules;
import org.yiwang.common.files.FileStore;
import org.yiwang.common.files.StoredFile;
import org.yiwang.disclosure.DisclosureRequestStepTaken;
import org.yiwang.disclosure.PublishedInformation;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.DataScopes;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;

/**
 * The use cases of disclosure on request, one transaction each: filing, registering a written request, the
 * correction notice and the corrected request, proposing and deciding an extension, answering. Each step is kept
 * in the request's history, audited, and announced with {@link DisclosureRequestStepTaken} for whoever tells the requester.
 *
 * <p>Every step happens today by the platform clock. Each has a twin that takes the day explicitly, so that the
 * demo data can place requests in the past and the rule tests can run on fixed days of the shipped calendar; the
 * rules checked are the same.
 */
@Service
class RequestDesk {

    static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    /** A written request may be registered up to a year after it arrived (the annual report's reach). */
    static final int MAX_WRITTEN_AGE_DAYS = 366;

    private final RequestRecords records;
    private final OrganizationDirectory organization;
    private final DataScopes scopes;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final AuditTrail audit;
    private final FileStore files;
    private final PublishedInformation published;
    private final ApplicationEventPublisher events;

    RequestDesk(RequestRecords records, OrganizationDirectory organization, DataScopes scopes,
            WorkingDays workingDays, Clock clock, AuditTrail audit, FileStore files,
            PublishedInformation published, ApplicationEventPublisher events) {
        this.records = records;
        this.organization = organization;
        this.scopes = scopes;
        this.workingDays = workingDays;
        this.clock = clock;
        this.audit = audit;
        this.files = files;
        this.published = published;
        this.events = events;
    }

    /** A written request that staff register for someone without an account: who asked and when it arrived. */
    record WrittenDraft(String requesterName, String requesterKind, String receivedOn, Filing.Draft filing) {
    }

    @Transactional
    InfoRequest file(Filing.Draft draft, Actor actor) {
        return file(draft, actor, today());
    }

    /** Files a request received on {@code on}; {@link #file(Filing.Draft, Actor)} files it today. */
    @Transactional
    InfoRequest file(Filing.Draft draft, Actor actor, LocalDate on) {
        AccountKind kind = actor.principal().kind();
        if (kind != AccountKind.CITIZEN && kind != AccountKind.ENTERPRISE) {
            throw RuleViolationException.of("requester", "disclosure-request.requester.kind");
        }
        Filing filing = Filing.check(draft);
        Department department = activeDepartment(filing.departmentId());
        InfoRequest.Requester requester = new InfoRequest.Requester(actor.accountId(), RequesterKind.of(kind),
                actor.principal().displayName(), filing.contact());
        InfoRequest stored = records.insert(InfoRequest.received(filing, requester, Channel.ONLINE, on, clock()));
        return done(stored, "FILED", actor, department.name());
    }

    @Transactional
    InfoRequest registerWritten(WrittenDraft draft, Actor actor) {
        return registerWritten(draft, actor, today());
    }

    @Transactional
    InfoRequest registerWritten(WrittenDraft draft, Actor actor, LocalDate today) {
        requirePermission(actor, Actor.HANDLE);
        Long department = actor.principal().departmentId();
        if (department == null) {
            throw RuleViolationException.of("departmentId", "disclosure-request.staff.department");
        }
        String name = Answer.blankToNull(draft.requesterName());
        if (name == null || name.length() > 100) {
            throw RuleViolationException.of("requesterName", name == null ? "disclosure-request.required"
                    : "disclosure-request.text.length", 100);
        }
        RequesterKind kind = enumValue(RequesterKind.class, draft.requesterKind(), "requesterKind");
        LocalDate receivedOn = receivedOn(draft.receivedOn(), today);
        Filing.Draft f = draft.filing();
        Filing filing = Filing.check(new Filing.Draft(department, f.description(), f.purpose(), f.delivery(),
                f.phone(), f.email(), f.address()));
        InfoRequest.Requester requester = new InfoRequest.Requester(null, kind, name, filing.contact());
        InfoRequest stored = records.insert(InfoRequest.received(filing, requester, Channel.WRITTEN, receivedOn,
                clock()));
        return done(stored, "REGISTERED", actor, "received " + receivedOn);
    }

    @Transactional
    InfoRequest noticeCorrection(long id, String detail, Actor actor) {
        return noticeCorrection(id, detail, actor, today());
    }

    @Transactional
    InfoRequest noticeCorrection(long id, String detail, Actor actor, LocalDate today) {
        InfoRequest request = handled(id, actor, Actor.HANDLE);
        return done(records.updated(request.noticeCorrection(detail, actor.accountId(), today, clock())),
                "CORRECTION_NOTICED", actor, detail);
    }

    @Transactional
    InfoRequest correct(long id, String description, Actor actor) {
        return correct(id, description, actor, today());
    }

    /**
     * The corrected request: sent by the requester online, or, for a written request, arriving on paper and recorded
     * by staff who handle it.
     */
    @Transactional
    InfoRequest correct(long id, String description, Actor actor, LocalDate today) {
        InfoRequest request = records.lock(id).filter(r -> isRequester(r, actor) || r.channel() == Channel.WRITTEN
                        && actor.may(Actor.HANDLE) && mayHandle(r, actor))
                .orElseThrow(() -> new RequestNotFound(String.valueOf(id)));
        return done(records.updated(request.correct(description, today, clock())), "CORRECTED", actor, null);
    }

    @Transactional
    InfoRequest proposeExtension(long id, Integer days, String reason, Actor actor) {
        return proposeExtension(id, days, reason, actor, today());
    }

    @Transactional
    InfoRequest proposeExtension(long id, Integer days, String reason, Actor actor, LocalDate today) {
        InfoRequest request = handled(id, actor, Actor.HANDLE);
        if (days == null) {
            throw RuleViolationException.of("days", "disclosure-request.required");
        }
        return done(records.updated(request.proposeExtension(days, reason, actor.accountId(), today)),
                "EXTENSION_PROPOSED", actor, days + ": " + Answer.blankToNull(reason));
    }

    @Transactional
    InfoRequest decideExtension(long id, Boolean approve, String comment, Actor actor) {
        return decideExtension(id, approve, comment, actor, today());
    }

    @Transactional
    InfoRequest decideExtension(long id, Boolean approve, String comment, Actor actor, LocalDate today) {
        InfoRequest request = handled(id, actor, Actor.APPROVE);
        if (approve == null) {
            throw RuleViolationException.of("approve", "disclosure-request.required");
        }
        InfoRequest decided = request.decideExtension(approve, comment, actor.accountId(), today, clock());
        return done(records.updated(decided), approve ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED", actor,
                Answer.blankToNull(comment));
    }

    /** Answers with the outcome's rules checked first, and the answer document stored only for a valid answer. */
    @Transactional
    InfoRequest answer(long id, Answer.Draft draft, Supplier<InputStream> document, Actor actor) {
        return answer(id, draft, document, actor, today());
    }

    @Transactional
    InfoRequest answer(long id, Answer.Draft draft, Supplier<InputStream> document, Actor actor, LocalDate today) {
        InfoRequest request = handled(id, actor, Actor.HANDLE);
        Answer answer = Answer.checked(draft, document != null);
        if (answer.outcome() == Outcome.NOT_PROCESSED && answer.earlierRequestNumber() != null) {
            requireEarlierAnswered(request, answer.earlierRequestNumber());
        }
        if (answer.outcome() == Outcome.ALREADY_PUBLISHED) {
            if (published.published(answer.publicationId()).isEmpty()) {
                throw RuleViolationException.of("publicationId", "disclosure-request.answer.publication.unknown",
                        answer.publicationId());
            }
        }
        request.answer(answer, actor.accountId(), today); // refuses a closed request before anything is stored
        InfoRequest answered = request.answer(answer.withDocument(storeDocument(document)), actor.accountId(),
                today);
        return done(records.updated(answered), "ANSWERED", actor, answer.outcome().name());
    }

    /** The request if the actor filed it or may handle, approve or supervise it in his data scope. */
    InfoRequest visible(long id, Actor actor) {
        return records.find(id).filter(r -> isRequester(r, actor) || mayHandle(r, actor))
                .orElseThrow(() -> new RequestNotFound(String.valueOf(id)));
    }

    boolean isRequester(InfoRequest request, Actor actor) {
        return request.requester().accountId() != null && request.requester().accountId() == actor.accountId();
    }

    boolean mayHandle(InfoRequest request, Actor actor) {
        boolean staff = actor.may(Actor.HANDLE) || actor.may(Actor.APPROVE) || actor.may(Actor.SUPERVISE);
        return staff && actor.principal().isStaff() && scopes.covers(actor.principal(), request.departmentId());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    StatutoryClock clock() {
        return new StatutoryClock(workingDays.current());
    }

    private InfoRequest handled(long id, Actor actor, String permission) {
        requirePermission(actor, permission);
        return records.lock(id).filter(r -> actor.principal().isStaff()
                        && scopes.covers(actor.principal(), r.departmentId()))
                .orElseThrow(() -> new RequestNotFound(String.valueOf(id)));
    }

    private static void requirePermission(Actor actor, String permission) {
        if (!actor.may(permission)) {
            throw new org.springframework.security.access.AccessDeniedException(permission);
        }
    }

    private InfoRequest done(InfoRequest request, String action, Actor actor, String note) {
        records.addStep(request.id(), action, actor.accountId(), actor.principal().displayName(), note);
        audit.recordAs(actor.principal().getName(), "disclosure.request." + action.toLowerCase().replace('_', '-'),
                "disclosure-request:" + request.number(), AuditOutcome.SUCCESS, null);
        events.publishEvent(new DisclosureRequestStepTaken(request.id(), request.number(),
                request.requester().accountId(), action, departmentName(request.departmentId()), nextDue(request),
                requesterNote(request, action), clock.instant()));
        return request;
    }

    private String departmentName(long id) {
        return organization.department(id).map(Department::name).orElse(null);
    }

    /** The day by which the next thing is due: the answer, or while the clock waits, the corrected request. */
    private static LocalDate nextDue(InfoRequest request) {
        return switch (request.status()) {
            case PROCESSING -> request.dueOn();
            case AWAITING_CORRECTION -> request.correction().dueOn();
            case ANSWERED -> null;
        };
    }

    /** What the requester reads beside the step; the history's own note is for staff. */
    private static String requesterNote(InfoRequest request, String action) {
        return switch (action) {
            case "CORRECTION_NOTICED" -> request.correction().detail();
            case "EXTENSION_APPROVED" -> request.extension().reason();
            case "ANSWERED" -> request.answer().outcome().name();
            default -> null;
        };
    }

    private Department activeDepartment(long id) {
        return organization.department(id).filter(Department::isActive)
                .orElseThrow(() -> RuleViolationException.of("departmentId", "disclosure-request.department.unknown",
                        id));
    }

    private void requireEarlierAnswered(InfoRequest request, String number) {
        boolean same = records.byNumber(number)
                .filter(earlier -> earlier.status() == RequestStatus.ANSWERED)
                .filter(earlier -> earlier.departmentId() == request.departmentId())
                .filter(earlier -> !earlier.id().equals(request.id()))
                .filter(earlier -> earlier.requester().accountId() != null
                        ? earlier.requester().accountId().equals(request.requester().accountId())
                        : earlier.requester().name().equals(request.requester().name()))
                .isPresent();
        if (!same) {
            throw RuleViolationException.of("earlierRequestNumber", "disclosure-request.answer.repeated.unknown",
                    number);
        }
    }

    private StoredFile storeDocument(Supplier<InputStream> document) {
        try (InputStream content = document.get()) {
            return files.store(content, FileRules.documents(MAX_DOCUMENT_BYTES), "document");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LocalDate receivedOn(String value, LocalDate today) {
        String given = Answer.blankToNull(value);
        if (given == null) {
            throw RuleViolationException.of("receivedOn", "disclosure-request.required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(given);
        } catch (java.time.format.DateTimeParseException e) {
            throw RuleViolationException.of("receivedOn", "disclosure-request.date.format", given);
        }
        if (day.isAfter(today)) {
            throw RuleViolationException.of("receivedOn", "disclosure-request.received-on.future");
        }
        if (day.isBefore(today.minusDays(MAX_WRITTEN_AGE_DAYS))) {
            throw RuleViolationException.of("receivedOn", "disclosure-request.received-on.too-old",
                    MAX_WRITTEN_AGE_DAYS);
        }
        return day;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        String given = Answer.blankToNull(value);
        if (given == null) {
            throw RuleViolationException.of(field, "disclosure-request.required");
        }
        try {
            return Enum.valueOf(type, given);
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.of(field, "disclosure-request.unknown-value", given);
        }
    }
}
