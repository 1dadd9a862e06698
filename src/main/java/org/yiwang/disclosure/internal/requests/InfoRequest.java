package org.yiwang.disclosure.internal.requests;

import java.time.LocalDate;
import org.yiwang.common.RuleViolationException;

/**
 * A request for government information (依申请公开) and its statutory clock. Immutable: every step returns the
 * request as it stands afterwards, or refuses with the rule it would break. The answer deadline ({@code dueOn}) is
 * kept current with every step and is empty while the clock stands still for a correction.
 *
 * @param requester the account that filed online; {@code accountId} is null for a written request registered by staff
 */
record InfoRequest(Long id, String number, long departmentId, Requester requester, Channel channel,
        String description, String purpose, DeliveryForm delivery, LocalDate receivedOn, RequestStatus status,
        Correction correction, Extension extension, LocalDate dueOn, Answer answer, LocalDate answeredOn,
        Long answeredBy) {

    record Requester(Long accountId, RequesterKind kind, String name, Filing.Contact contact) {
    }

    /** The one correction notice (补正告知) and, once it arrives, the corrected request. */
    record Correction(LocalDate noticedOn, Long noticedBy, String detail, LocalDate dueOn, LocalDate correctedOn,
            String correctedDescription) {

        boolean corrected() {
            return correctedOn != null;
        }
    }

    enum ExtensionStatus { PROPOSED, APPROVED, REJECTED }

    /** An extension of the answer period, proposed by the handler and decided by a second person. */
    record Extension(int days, String reason, long proposedBy, LocalDate proposedOn, ExtensionStatus status,
            Long decidedBy, LocalDate decidedOn, String comment) {
    }

    static final int MAX_TEXT = 2000;

    /** A request as it arrives: the clock starts on the day of receipt. */
    static InfoRequest received(Filing filing, Requester requester, Channel channel, LocalDate receivedOn,
            StatutoryClock clock) {
        return new InfoRequest(null, null, filing.departmentId(), requester, channel, filing.description(),
                filing.purpose(), filing.delivery(), receivedOn, RequestStatus.PROCESSING, null, null,
                clock.answerDue(receivedOn, 0), null, null, null);
    }

    InfoRequest withIdentity(long newId, String newNumber) {
        return new InfoRequest(newId, newNumber, departmentId, requester, channel, description, purpose, delivery,
                receivedOn, status, correction, extension, dueOn, answer, answeredOn, answeredBy);
    }

    /** The day the 20 working days count from: receipt, or the arrival of the corrected request. */
    LocalDate clockStart() {
        return correction != null && correction.corrected() ? correction.correctedOn() : receivedOn;
    }

    int grantedExtensionDays() {
        return extension != null && extension.status() == ExtensionStatus.APPROVED ? extension.days() : 0;
    }

    boolean isOverdue(LocalDate today) {
        return status != RequestStatus.ANSWERED && dueOn != null && today.isAfter(dueOn);
    }

    boolean answeredLate() {
        return answeredOn != null && dueOn != null && answeredOn.isAfter(dueOn);
    }

    /** Sends the one correction notice, within 7 working days of receipt; the clock stops until the correction arrives. */
    InfoRequest noticeCorrection(String detail, Long staff, LocalDate today, StatutoryClock clock) {
        requireOpen();
        if (correction != null) {
            throw RuleViolationException.of("correction", "disclosure-request.correction.once");
        }
        LocalDate last = clock.lastCorrectionNoticeDay(receivedOn);
        if (today.isAfter(last)) {
            throw RuleViolationException.of("correction", "disclosure-request.correction.late", last.toString());
        }
        String text = requiredText("detail", detail);
        Correction notice = new Correction(today, staff, text, clock.correctionDue(today), null, null);
        return new InfoRequest(id, number, departmentId, requester, channel, description, purpose, delivery,
                receivedOn, RequestStatus.AWAITING_CORRECTION, notice, extension, null, answer, answeredOn, answeredBy);
    }

    /** The requester's corrected request: the 20 working days start again from today. */
    InfoRequest correct(String correctedDescription, LocalDate today, StatutoryClock clock) {
        if (status != RequestStatus.AWAITING_CORRECTION) {
            throw RuleViolationException.conflict("correction", "disclosure-request.correction.not-asked");
        }
        if (today.isAfter(correction.dueOn())) {
            throw RuleViolationException.of("correction", "disclosure-request.correction.expired",
                    correction.dueOn().toString());
        }
        String text = requiredText("description", correctedDescription);
        Correction done = new Correction(correction.noticedOn(), correction.noticedBy(), correction.detail(),
                correction.dueOn(), today, text);
        return new InfoRequest(id, number, departmentId, requester, channel, description, purpose, delivery,
                receivedOn, RequestStatus.PROCESSING, done, extension, clock.answerDue(today, 0), answer, answeredOn,
                answeredBy);
    }

    /** Proposes the one extension, before the deadline; it counts only once a second person approves it. */
    InfoRequest proposeExtension(int days, String reason, long staff, LocalDate today) {
        requireProcessing();
        if (extension != null && extension.status() != ExtensionStatus.REJECTED) {
            throw RuleViolationException.of("extension", extension.status() == ExtensionStatus.APPROVED
                    ? "disclosure-request.extension.once" : "disclosure-request.extension.pending");
        }
        if (days < 1 || days > StatutoryClock.MAX_EXTENSION_DAYS) {
            throw RuleViolationException.of("days", "disclosure-request.extension.days",
                    StatutoryClock.MAX_EXTENSION_DAYS);
        }
        requireBeforeDeadline(today);
        String why = requiredText("reason", reason);
        Extension proposed = new Extension(days, why, staff, today, ExtensionStatus.PROPOSED, null, null, null);
        return new InfoRequest(id, number, departmentId, requester, channel, description, purpose, delivery,
                receivedOn, status, correction, proposed, dueOn, answer, answeredOn, answeredBy);
    }

    /** The second person's decision on a proposed extension; approval moves the deadline. */
    InfoRequest decideExtension(boolean approve, String comment, long approver, LocalDate today,
            StatutoryClock clock) {
        requireProcessing();
        if (extension == null || extension.status() != ExtensionStatus.PROPOSED) {
            throw RuleViolationException.conflict("extension", "disclosure-request.extension.not-proposed");
        }
        if (extension.proposedBy() == approver) {
            throw RuleViolationException.of("approver", "disclosure-request.extension.same-person");
        }
        String note = Answer.blankToNull(comment);
        if (note != null && note.length() > MAX_TEXT) {
            throw RuleViolationException.of("comment", "disclosure-request.text.length", MAX_TEXT);
        }
        if (approve) {
            requireBeforeDeadline(today);
        }
        Extension decided = new Extension(extension.days(), extension.reason(), extension.proposedBy(),
                extension.proposedOn(), approve ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED, approver, today,
                note);
        LocalDate due = approve ? clock.answerDue(clockStart(), decided.days()) : dueOn;
        return new InfoRequest(id, number, departmentId, requester, channel, description, purpose, delivery,
                receivedOn, status, correction, decided, due, answer, answeredOn, answeredBy);
    }

    /**
     * Answers the request. Every outcome but {@link Outcome#ABANDONED} needs the clock running; that one is for a
     * request whose correction did not arrive in time. An answer after the deadline is still given, and shows as late.
     */
    InfoRequest answer(Answer given, Long staff, LocalDate today) {
        if (given.outcome() == Outcome.ABANDONED) {
            if (status != RequestStatus.AWAITING_CORRECTION || !today.isAfter(correction.dueOn())) {
                throw RuleViolationException.of("outcome", "disclosure-request.abandoned.too-early");
            }
        } else {
            requireProcessing();
        }
        return new InfoRequest(id, number, departmentId, requester, channel, description, purpose, delivery,
                receivedOn, RequestStatus.ANSWERED, correction, extension, dueOn, given, today, staff);
    }

    private void requireOpen() {
        if (status == RequestStatus.ANSWERED) {
            throw RuleViolationException.conflict("status", "disclosure-request.already-answered");
        }
    }

    private void requireProcessing() {
        requireOpen();
        if (status == RequestStatus.AWAITING_CORRECTION) {
            throw RuleViolationException.conflict("status", "disclosure-request.awaiting-correction");
        }
    }

    private void requireBeforeDeadline(LocalDate today) {
        if (today.isAfter(dueOn)) {
            throw RuleViolationException.of("extension", "disclosure-request.extension.too-late", dueOn.toString());
        }
    }

    private static String requiredText(String field, String value) {
        String text = Answer.blankToNull(value);
        if (text == null) {
            throw RuleViolationException.of(field, "disclosure-request.required");
        }
        if (text.length() > MAX_TEXT) {
            throw RuleViolationException.of(field, "disclosure-request.text.length", MAX_TEXT);
        }
        return text;
    }
}
