package org.yiwang.disclosure.internal.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.disclosure.PublicationPublished;
import org.yiwang.disclosure.PublicationWithdrawn;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;

/**
 * The life of a publication: an author of the department writes it (the 20-working-day period starts), submits it,
 * a second staff member reviews it and either publishes it under its index number or returns it with an opinion;
 * a reviewer may later withdraw it, giving the reason. Each step is one transaction, audited, and the portal and the
 * search index learn of publication and withdrawal through {@link PublicationPublished} and
 * {@link PublicationWithdrawn}.
 */
@Service
class Publishing {

    static final int OPINION_MAX = 1_000;

    private final PublicationRepository publications;
    private final AttachmentStore attachments;
    private final OrganizationDirectory organization;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publishing(PublicationRepository publications, AttachmentStore attachments, OrganizationDirectory organization,
            WorkingDays workingDays, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.publications = publications;
        this.attachments = attachments;
        this.organization = organization;
        this.workingDays = workingDays;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    long create(Actor author, PublicationInput input, List<Upload> uploads) {
        if (author.departmentId() == null) {
            throw RuleViolationException.of("department", "disclosure.department.required");
        }
        Department department = organization.department(author.departmentId())
                .filter(Department::isActive)
                .orElseThrow(() -> RuleViolationException.of("department", "disclosure.department.required"));
        LocalDate today = today();
        refuseBroken(input, uploads, 0, today);
        Instant now = clock.instant();
        long id = publications.insert(new PublicationRepository.NewPublication(department.id(), department.code(),
                department.name(), input, Status.DRAFT, "AUTHORED", author.accountId(), author.name(), now, today,
                PublishingDeadline.dueOn(workingDays.current(), today)));
        publications.addAttachments(id, attachments.store(uploads, ""));
        publications.step(id, "CREATE", author.accountId(), author.name(), now, null);
        audit.recordAs(author.auditName(), "disclosure.publication.create", target(id), AuditOutcome.SUCCESS,
                input.category() + " " + shortTitle(input.title()));
        return id;
    }

    /** Changes the text and metadata of a draft or of a publication returned to its author; uploads are added. */
    @Transactional
    void update(Actor author, long id, PublicationInput input, List<Upload> uploads) {
        PublicationRow row = ownDraft(author, id);
        refuseBroken(input, uploads, row.attachments().size(), today());
        publications.updateContent(id, input);
        publications.addAttachments(id, attachments.store(uploads, ""));
        publications.step(id, "UPDATE", author.accountId(), author.name(), clock.instant(), null);
        audit.recordAs(author.auditName(), "disclosure.publication.update", target(id), AuditOutcome.SUCCESS,
                shortTitle(input.title()));
    }

    @Transactional
    void submit(Actor author, long id) {
        PublicationRow row = ownDraft(author, id);
        refuseUnpublishable(row);
        Instant now = clock.instant();
        publications.submitted(id, now);
        publications.step(id, "SUBMIT", author.accountId(), author.name(), now, null);
        audit.recordAs(author.auditName(), "disclosure.publication.submit", target(id), AuditOutcome.SUCCESS, null);
    }

    /** Publishes a submitted publication: it gets its index number and goes on the portal today. */
    @Transactional
    String approve(Actor reviewer, long id, String opinion) {
        PublicationRow row = forReview(reviewer, id);
        refuseUnpublishable(row);
        checkOpinion(opinion, false);
        Instant now = clock.instant();
        LocalDate today = today();
        String indexNumber = publications.nextIndexNumber(row.departmentCode(), today.getYear(), row.category());
        publications.published(id, indexNumber, reviewer.accountId(), reviewer.name(), now, today, blankToNull(opinion));
        publications.step(id, "APPROVE", reviewer.accountId(), reviewer.name(), now, blankToNull(opinion));
        boolean late = today.isAfter(row.dueOn());
        audit.recordAs(reviewer.auditName(), "disclosure.publication.publish", target(id), AuditOutcome.SUCCESS,
                indexNumber + (late ? " (after the due day " + row.dueOn() + ")" : ""));
        events.publishEvent(new PublicationPublished(id));
        return indexNumber;
    }

    @Transactional
    void returnToAuthor(Actor reviewer, long id, String opinion) {
        forReview(reviewer, id);
        checkOpinion(opinion, true);
        Instant now = clock.instant();
        publications.returned(id, reviewer.accountId(), reviewer.name(), now, opinion.strip());
        publications.step(id, "RETURN", reviewer.accountId(), reviewer.name(), now, opinion.strip());
        audit.recordAs(reviewer.auditName(), "disclosure.publication.return", target(id), AuditOutcome.SUCCESS, null);
    }

    @Transactional
    void withdraw(Actor reviewer, long id, String reason) {
        PublicationRow row = visible(reviewer, id, true);
        if (row.status() != Status.PUBLISHED) {
            throw conflict(row);
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "disclosure.withdraw.reason.required");
        }
        if (reason.length() > OPINION_MAX) {
            throw RuleViolationException.of("reason", "disclosure.withdraw.reason.too-long", OPINION_MAX);
        }
        Instant now = clock.instant();
        publications.withdrawn(id, reviewer.name(), now, reason.strip());
        publications.step(id, "WITHDRAW", reviewer.accountId(), reviewer.name(), now, reason.strip());
        audit.recordAs(reviewer.auditName(), "disclosure.publication.withdraw", target(id), AuditOutcome.SUCCESS,
                row.indexNumber());
        events.publishEvent(new PublicationWithdrawn(id));
    }

    /** A publication of one of the actor's departments, in any status. */
    @Transactional(readOnly = true)
    PublicationRow view(Actor actor, long id) {
        return visible(actor, id, false);
    }

    @Transactional(readOnly = true)
    List<PublicationRepository.Step> history(Actor actor, long id) {
        visible(actor, id, false);
        return publications.steps(id);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private PublicationRow ownDraft(Actor author, long id) {
        PublicationRow row = visible(author, id, true);
        if (row.authorId() == null || !row.authorId().equals(author.accountId())) {
            throw RuleViolationException.of("author", "disclosure.author.only");
        }
        if (!row.status().editable()) {
            throw conflict(row);
        }
        return row;
    }

    private PublicationRow forReview(Actor reviewer, long id) {
        PublicationRow row = visible(reviewer, id, true);
        if (row.status() != Status.SUBMITTED) {
            throw conflict(row);
        }
        if (row.authorId() != null && row.authorId().equals(reviewer.accountId())) {
            throw RuleViolationException.of("reviewer", "disclosure.review.own");
        }
        return row;
    }

    private PublicationRow visible(Actor actor, long id, boolean forUpdate) {
        return (forUpdate ? publications.byIdForUpdate(id) : publications.byId(id))
                .filter(row -> actor.covers(row.departmentId()))
                .orElseThrow(() -> PublicationNotFound.id(id));
    }

    private void refuseBroken(PublicationInput input, List<Upload> uploads, int attached, LocalDate today) {
        List<RuleViolation> broken = new ArrayList<>(PublicationRules.check(input, today, ""));
        broken.addAll(AttachmentStore.checkNames(uploads, attached, ""));
        if (!broken.isEmpty()) {
            throw new RuleViolationException(broken);
        }
    }

    /** Checked again at each step: a row that somehow became unpublishable never reaches the portal. */
    private void refuseUnpublishable(PublicationRow row) {
        PublicationInput asStored = new PublicationInput(row.title(), row.body(), row.category().code(),
                row.documentNumber(), row.classification(), row.disclosure(), null);
        List<RuleViolation> broken = PublicationRules.check(asStored, today(), "");
        if (!broken.isEmpty()) {
            throw new RuleViolationException(broken);
        }
    }

    private static void checkOpinion(String opinion, boolean required) {
        if (required && (opinion == null || opinion.isBlank())) {
            throw RuleViolationException.of("opinion", "disclosure.opinion.required");
        }
        if (opinion != null && opinion.length() > OPINION_MAX) {
            throw RuleViolationException.of("opinion", "disclosure.opinion.too-long", OPINION_MAX);
        }
    }

    private static RuleViolationException conflict(PublicationRow row) {
        return new RuleViolationException(HttpStatus.CONFLICT,
                List.of(RuleViolation.of("status", "disclosure.status.conflict", row.status().name())));
    }

    static String target(long id) {
        return "publication:" + id;
    }

    private static String shortTitle(String title) {
        String t = title == null ? "" : title.strip();
        return t.length() <= 60 ? t : t.substring(0, 60) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
