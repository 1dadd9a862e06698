package org.yiwang.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's process engine. Each call joins the caller's transaction, so a step and the caller's own
 * records commit together. Refusals are {@link org.yiwang.common.RuleViolationException}s: 404 for an
 * unknown task, 403 for a task of another department or role, 409 for a task that is no longer open (another
 * staff member completed it first) or is claimed by someone else.
 */
public interface Workflow {

    /**
     * Starts the newest version of a process model.
     *
     * @param businessKey the caller's identifier of the case (e.g. an application number)
     * @param variables process variables; {@code dept_<lane>} variables name each lane's department id
     * @return the process instance id
     */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /** Open tasks that the actor may take: those of his groups that nobody claimed, and those assigned to him. */
    List<WorkflowTask> tasksFor(TaskActor actor, int limit);

    int countFor(TaskActor actor);

    /** Open tasks of one case. */
    List<WorkflowTask> openTasks(String businessKey);

    Optional<WorkflowTask> task(String taskId);

    /** Whether a task of this id ever existed, open or finished. */
    boolean exists(String taskId);

    /** Steps of one case that are finished, oldest first. */
    List<FinishedStep> finishedSteps(String businessKey);

    /** Finished steps the actor himself completed, newest first. */
    List<FinishedStep> handledBy(TaskActor actor, int limit);

    int countHandledBy(TaskActor actor);

    /** Open tasks whose deadline is near or past, for supervision; newest deadline last. */
    List<WorkflowTask> openTasksDueBy(java.time.LocalDate day, int limit);

    WorkflowTask claim(String taskId, TaskActor actor);

    /**
     * Completes a task with the actor's opinion; {@code variables} go to the process (e.g. {@code approved}).
     *
     * @return the tasks that the process opened next (empty when the process ended)
     */
    List<WorkflowTask> complete(String taskId, TaskActor actor, String opinion, Map<String, Object> variables);

    /** Sends the case back from this task to an earlier step of the same process (e.g. 审查 back to 受理). */
    List<WorkflowTask> returnTo(String taskId, String earlierStep, TaskActor actor, String opinion);

    /** Hands the task to another member of the same department and role. */
    WorkflowTask transfer(String taskId, TaskActor actor, TaskActor to);

    /** Moves the deadlines of the case's open tasks by this many working days (the clock stood still). */
    void postponeDeadlines(String businessKey, int workingDays);

    /**
     * Sets the last working day of an open step by hand, replacing the one counted from the model (e.g. a step
     * whose time limit a supervisor extended, or a demo step that is already overdue).
     */
    void setDeadline(String taskId, java.time.LocalDate due);

    /** The steps of the model that lie before {@code step} on some path, the ones a task may return to. */
    Set<String> earlierSteps(String processDefinitionId, String step);

    boolean isEnded(String processInstanceId);

    /** The keys of the deployed process models. */
    Set<String> processKeys();
}
