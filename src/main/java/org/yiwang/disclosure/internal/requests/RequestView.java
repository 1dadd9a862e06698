package org.yiwang.disclosure.internal.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * A request as its requester or the department's staff see it, with its deadline, warning and history. Contact
 * details are shown to the requester himself and to staff who handle the request only.
 *
 * @param warning {@code yellow} in the last working days before the deadline, {@code red} once it has passed
 * @param workingDaysLeft working days to the deadline, negative when overdue, null when none runs
 * @param correctionNoticeUntil the last day a correction notice may go out
 */
record RequestView(long id, String number, long departmentId, String departmentName, String channel,
        String requesterKind, String requesterName, Filing.Contact contact, String description, String purpose,
        String delivery, LocalDate receivedOn, String status, LocalDate dueOn, String warning, Integer workingDaysLeft,
        boolean overdue, LocalDate correctionNoticeUntil, Correction correction, Extension extension, AnswerView answer, List<RequestRecords.Step> steps) {

    record Correction(LocalDate noticedOn, String detail, LocalDate dueOn, LocalDate correctedOn,
            String correctedDescription) {
    }

    record Extension(int days, String reason, LocalDate proposedOn, String status, LocalDate decidedOn,
            String comment, boolean proposedByViewer) {
    }

    /** The answer; the publication's index number and title are filled on the detailed view only. */
    record AnswerView(String outcome, String exemption, String unavailableReason, String notProcessedReason,
            String earlierRequestNumber, String responsibleBody, Long publicationId, String publicationIndexNumber,
            String publicationTitle, String summary,
            LocalDate answeredOn, boolean late, String documentType, long documentSize) {
    }
}
