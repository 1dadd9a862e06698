package org.yiwang.workflow;

import java.time.Instant;
import java.time.LocalDate;

/** A step that was completed (or returned), with who did it and his opinion. */
public record FinishedStep(String taskId, String businessKey, String step, String name, long departmentId,
        Long actorAccountId, Instant createdAt, Instant endedAt, LocalDate dueDate, String opinion, String outcome) {
}
