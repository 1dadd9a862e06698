package org.yiwang.disclosure.internal.requests;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.StoredFile;

/**
 * A department's answer to a request: the outcome, what the outcome must carry, a short summary for the requester
 * and the written answer document (答复书). Built only through {@link #of}, which checks the outcome's rules, so an
 * {@code Answer} is always complete. A repeated request is confirmed against the earlier one by the desk, which can
 * look it up.
 */
record Answer(Outcome outcome, Exemption exemption, UnavailableReason unavailableReason,
        NotProcessedReason notProcessedReason, String earlierRequestNumber, String responsibleBody, Long publicationId,
        String summary, StoredFile document) {

    static final int MAX_SUMMARY = 2000;
    static final int MAX_BODY_NAME = 200;

    /** What the handler sent, unchecked; names are those of the form and API fields. */
    record Draft(String outcome, String exemption, String unavailableReason, String notProcessedReason,
            String earlierRequestNumber, String responsibleBody, Long publicationId, String summary) {
    }

    /**
     * Checks the draft against its outcome's rules; the document is attached with {@link #withDocument} once it is
     * stored, so that nothing is stored for an answer that would be refused anyway.
     */
    static Answer checked(Draft draft, boolean documentGiven) {
        List<RuleViolation> violations = new ArrayList<>();
        Outcome outcome = parse(Outcome.class, draft.outcome(), "outcome", violations);
        Exemption exemption = parse(Exemption.class, draft.exemption(), "exemption", violations);
        UnavailableReason unavailable = parse(UnavailableReason.class, draft.unavailableReason(), "unavailableReason",
                violations);
        NotProcessedReason notProcessed = parse(NotProcessedReason.class, draft.notProcessedReason(),
                "notProcessedReason", violations);
        String earlier = blankToNull(draft.earlierRequestNumber());
        String body = blankToNull(draft.responsibleBody());
        String summary = blankToNull(draft.summary());
        if (outcome != null) {
            for (Outcome.AnswerField field : Outcome.AnswerField.values()) {
                Object value = switch (field) {
                    case EXEMPTION -> exemption;
                    case UNAVAILABLE_REASON -> unavailable;
                    case NOT_PROCESSED_REASON -> notProcessed;
                    case EARLIER_REQUEST -> earlier;
                    case RESPONSIBLE_BODY -> body;
                    case PUBLICATION -> draft.publicationId();
                };
                if (value == null && outcome.required().contains(field)) {
                    violations.add(RuleViolation.of(field.field(), "disclosure-request.answer.required-for-outcome",
                            label(outcome)));
                } else if (value != null && !outcome.allows(field)) {
                    violations.add(RuleViolation.of(field.field(), "disclosure-request.answer.not-for-outcome",
                            label(outcome)));
                }
            }
            if (notProcessed == NotProcessedReason.REPEATED && earlier == null) {
                violations.add(RuleViolation.of("earlierRequestNumber",
                        "disclosure-request.answer.repeated.earlier-required"));
            }
        }
        if (body != null && body.length() > MAX_BODY_NAME) {
            violations.add(RuleViolation.of("responsibleBody", "disclosure-request.text.length", MAX_BODY_NAME));
        }
        if (summary != null && summary.length() > MAX_SUMMARY) {
            violations.add(RuleViolation.of("summary", "disclosure-request.text.length", MAX_SUMMARY));
        }
        if (!documentGiven) {
            violations.add(RuleViolation.of("document", "disclosure-request.answer.document.required"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new Answer(outcome, exemption, unavailable, notProcessed, earlier, body, draft.publicationId(), summary,
                null);
    }

    Answer withDocument(StoredFile stored) {
        return new Answer(outcome, exemption, unavailableReason, notProcessedReason, earlierRequestNumber,
                responsibleBody, publicationId, summary, stored);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<RuleViolation> out) {
        String given = blankToNull(value);
        if (given == null) {
            if (field.equals("outcome")) {
                out.add(RuleViolation.of(field, "disclosure-request.required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, given);
        } catch (IllegalArgumentException e) {
            out.add(RuleViolation.of(field, "disclosure-request.unknown-value", given));
            return null;
        }
    }

    /** The outcome's name in the reader's language, resolved when the message is. */
    private static DefaultMessageSourceResolvable label(Outcome outcome) {
        return new DefaultMessageSourceResolvable(new String[] {"dreq.outcome." + outcome.name()}, outcome.name());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
