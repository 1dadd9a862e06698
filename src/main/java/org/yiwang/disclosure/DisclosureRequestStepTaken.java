package org.yiwang.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for government information (依申请公开) took a step its requester may need to know about. Published by
 * the disclosure module in the transaction of the step, for every step; listeners pick the ones they tell.
 *
 * @param number the request's number, e.g. {@code YSQ2026-000042}
 * @param requesterAccountId the account that filed the request online; null for a written request, whose requester
 *            is told by post
 * @param step what happened: {@code FILED}, {@code REGISTERED}, {@code CORRECTION_NOTICED}, {@code CORRECTED},
 *            {@code EXTENSION_PROPOSED}, {@code EXTENSION_APPROVED}, {@code EXTENSION_REJECTED} or {@code ANSWERED}
 * @param departmentName the department the request was made to
 * @param dueOn the answer deadline after the step; null while the clock waits for a correction, and once answered
 * @param note what the requester reads beside the step: what to correct, why the period is extended, the outcome's
 *            name; may be null
 */
public record DisclosureRequestStepTaken(long requestId, String number, Long requesterAccountId, String step,
        String departmentName, LocalDate dueOn, String note, Instant takenAt) {
}
