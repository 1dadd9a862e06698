package org.yiwang.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An open step of a case.
 *
 * @param step the step's id in the model (e.g. {@code examine})
 * @param departmentId the department whose staff may take it
 * @param role the role that may take it
 * @param assigneeAccountId who claimed it or was handed it; null while it waits in the group
 * @param dueDate the last working day of the step's time limit; null for a step without one
 */
public record WorkflowTask(String id, String processKey, String processDefinitionId, String processInstanceId,
        String businessKey, String step, String name, long departmentId, String role, Long assigneeAccountId,
        Instant createdAt, LocalDate dueDate) {
}
