package org.yiwang.workflow.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.task.api.history.HistoricTaskInstanceQuery;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.WorkingDays;
import org.yiwang.workflow.CandidateGroup;
import org.yiwang.workflow.FinishedStep;
import org.yiwang.workflow.TaskActor;
import org.yiwang.workflow.Workflow;
import org.yiwang.workflow.WorkflowTask;

/** {@link Workflow} on the embedded Flowable engine. */
@Service
class FlowableWorkflow implements Workflow {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String OPINION = "opinion";
    static final String OUTCOME = "outcome";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final WorkingDays workingDays;

    FlowableWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository,
            WorkingDays workingDays) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.workingDays = workingDays;
    }

    @Override
    @Transactional
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkflowTask> tasksFor(TaskActor actor, int limit) {
        return visibleTo(actor).orderByTaskCreateTime().desc().listPage(0, limit).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int countFor(TaskActor actor) {
        return (int) visibleTo(actor).count();
    }

    private TaskQuery visibleTo(TaskActor actor) {
        TaskQuery query = tasks.createTaskQuery().active().includeIdentityLinks();
        if (actor.groups().isEmpty()) {
            return query.taskAssignee(actor.userId());
        }
        return query.or().taskAssignee(actor.userId()).taskCandidateGroupIn(List.copyOf(actor.groups())).endOr();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkflowTask> openTasks(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).includeIdentityLinks()
                .orderByTaskCreateTime().asc().list().stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkflowTask> task(String taskId) {
        return Optional.ofNullable(openTask(taskId)).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FinishedStep> finishedSteps(String businessKey) {
        return finished(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey))
                .stream().sorted(Comparator.comparing(FinishedStep::endedAt)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FinishedStep> handledBy(TaskActor actor, int limit) {
        return history.createHistoricTaskInstanceQuery().taskAssignee(actor.userId()).finished()
                .includeIdentityLinks().includeTaskLocalVariables().orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, limit).stream().map(this::finishedView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int countHandledBy(TaskActor actor) {
        return (int) history.createHistoricTaskInstanceQuery().taskAssignee(actor.userId()).finished().count();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkflowTask> openTasksDueBy(LocalDate day, int limit) {
        Date nextMidnight = Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant());
        return tasks.createTaskQuery().active().includeIdentityLinks().taskDueBefore(nextMidnight)
                .orderByTaskDueDate().asc().listPage(0, limit).stream().map(this::view).toList();
    }

    private List<FinishedStep> finished(HistoricTaskInstanceQuery query) {
        return query.finished().includeIdentityLinks().includeTaskLocalVariables().list().stream()
                .map(this::finishedView).toList();
    }

    @Override
    @Transactional
    public WorkflowTask claim(String taskId, TaskActor actor) {
        Task task = mayTake(taskId, actor);
        if (task.getAssignee() == null) {
            onOpenTask(() -> tasks.claim(taskId, actor.userId()));
        }
        return view(openTask(taskId));
    }

    @Override
    @Transactional
    public List<WorkflowTask> complete(String taskId, TaskActor actor, String opinion, Map<String, Object> variables) {
        Task task = mayTake(taskId, actor);
        String instance = task.getProcessInstanceId();
        onOpenTask(() -> {
            if (task.getAssignee() == null) {
                tasks.claim(taskId, actor.userId());
            }
            Map<String, Object> local = new HashMap<>();
            local.put(OPINION, opinion);
            local.put(OUTCOME, variables.getOrDefault(OUTCOME, "COMPLETED"));
            tasks.setVariablesLocal(taskId, local);
            tasks.complete(taskId, variables);
        });
        return openTasksOf(instance);
    }

    @Override
    @Transactional
    public List<WorkflowTask> returnTo(String taskId, String earlierStep, TaskActor actor, String opinion) {
        Task task = mayTake(taskId, actor);
        if (!earlierSteps(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).contains(earlierStep)) {
            throw RuleViolationException.of("step", "workflow.return.not-earlier", String.valueOf(earlierStep));
        }
        String instance = task.getProcessInstanceId();
        onOpenTask(() -> {
            if (task.getAssignee() == null) {
                tasks.claim(taskId, actor.userId());
            }
            tasks.setVariablesLocal(taskId, Map.of(OPINION, opinion, OUTCOME, "RETURNED"));
            runtime.createChangeActivityStateBuilder().processInstanceId(instance)
                    .moveActivityIdTo(task.getTaskDefinitionKey(), earlierStep).changeState();
        });
        return openTasksOf(instance);
    }

    @Override
    @Transactional
    public WorkflowTask transfer(String taskId, TaskActor actor, TaskActor to) {
        Task task = mayTake(taskId, actor);
        boolean sameGroup = task.getIdentityLinks().stream().map(IdentityLinkInfo::getGroupId)
                .anyMatch(group -> group != null && to.groups().contains(group));
        if (!sameGroup || to.accountId() == actor.accountId()) {
            throw RuleViolationException.of("to", "workflow.transfer.not-colleague");
        }
        onOpenTask(() -> tasks.setAssignee(taskId, to.userId()));
        return view(openTask(taskId));
    }

    @Override
    @Transactional
    public void postponeDeadlines(String businessKey, int days) {
        if (days <= 0) {
            return;
        }
        var calendar = workingDays.current();
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
            if (task.getDueDate() != null) {
                tasks.setDueDate(task.getId(), endOf(calendar.addWorkingDays(day(task.getDueDate()), days)));
            }
        }
    }

    @Override
    @Transactional
    public void setDeadline(String taskId, LocalDate due) {
        if (openTask(taskId) == null) {
            throw new RuleViolationException(HttpStatus.NOT_FOUND,
                    List.of(RuleViolation.of("taskId", "workflow.task.not-found")));
        }
        onOpenTask(() -> tasks.setDueDate(taskId, endOf(due)));
    }

    @Override
    public Set<String> earlierSteps(String processDefinitionId, String step) {
        BpmnModel model = repository.getBpmnModel(processDefinitionId);
        Set<String> seen = new LinkedHashSet<>();
        List<FlowNode> frontier = new ArrayList<>();
        if (model.getFlowElement(step) instanceof FlowNode node) {
            frontier.add(node);
        }
        while (!frontier.isEmpty()) {
            FlowNode node = frontier.remove(frontier.size() - 1);
            for (SequenceFlow incoming : node.getIncomingFlows()) {
                FlowElement source = model.getFlowElement(incoming.getSourceRef());
                if (source instanceof FlowNode previous && seen.add(previous.getId())) {
                    frontier.add(previous);
                }
            }
        }
        seen.removeIf(id -> !(model.getFlowElement(id) instanceof UserTask) || id.equals(step));
        return seen;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEnded(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    @Override
    public Set<String> processKeys() {
        Set<String> keys = new java.util.TreeSet<>();
        repository.createProcessDefinitionQuery().latestVersion().list().forEach(d -> keys.add(d.getKey()));
        return keys;
    }

    /** The task, if the actor's department and role may take it and nobody else holds it. */
    private Task mayTake(String taskId, TaskActor actor) {
        Task task = openTask(taskId);
        if (task == null) {
            boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
            throw existed
                    ? RuleViolationException.conflict("taskId", "workflow.task.closed")
                    : new RuleViolationException(HttpStatus.NOT_FOUND,
                            List.of(RuleViolation.of("taskId", "workflow.task.not-found")));
        }
        if (actor.userId().equals(task.getAssignee())) {
            return task;
        }
        boolean inGroup = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLinkInfo::getGroupId).anyMatch(group -> group != null && actor.groups().contains(group));
        if (!inGroup) {
            throw new RuleViolationException(HttpStatus.FORBIDDEN,
                    List.of(RuleViolation.of("taskId", "workflow.task.not-yours")));
        }
        if (task.getAssignee() != null) {
            throw RuleViolationException.conflict("taskId", "workflow.task.claimed");
        }
        return task;
    }

    private Task openTask(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).includeIdentityLinks().singleResult();
    }

    /**
     * Runs a change on a task that another staff member may change at the same moment: whoever commits
     * second finds the task gone or changed, and is told so with a 409 instead of an engine error.
     */
    private static void onOpenTask(Runnable change) {
        try {
            change.run();
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException gone) {
            throw RuleViolationException.conflict("taskId", "workflow.task.closed");
        } catch (FlowableException e) {
            if (e.getClass().getSimpleName().equals("FlowableTaskAlreadyClaimedException")) {
                throw RuleViolationException.conflict("taskId", "workflow.task.claimed");
            }
            throw e;
        }
    }

    /** The open tasks of an instance, with the deadlines {@link StepDeadlines} gave them as they were created. */
    private List<WorkflowTask> openTasksOf(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).includeIdentityLinks().list().stream()
                .map(this::view).toList();
    }

    private WorkflowTask view(Task task) {
        String group = candidateGroup(task.getIdentityLinks());
        return new WorkflowTask(task.getId(), processKey(task.getProcessDefinitionId()),
                task.getProcessDefinitionId(), task.getProcessInstanceId(), businessKey(task), task.getTaskDefinitionKey(),
                task.getName(), CandidateGroup.departmentOf(group).orElse(0L), CandidateGroup.roleOf(group),
                account(task.getAssignee()), task.getCreateTime().toInstant(), day(task.getDueDate()));
    }

    private FinishedStep finishedView(HistoricTaskInstance task) {
        String group = candidateGroup(task.getIdentityLinks());
        Map<String, Object> local = task.getTaskLocalVariables();
        return new FinishedStep(task.getId(), businessKeyOf(task.getProcessInstanceId()), task.getTaskDefinitionKey(),
                task.getName(), CandidateGroup.departmentOf(group).orElse(0L), account(task.getAssignee()),
                task.getCreateTime().toInstant(), task.getEndTime().toInstant(), day(task.getDueDate()),
                (String) local.get(OPINION), (String) local.get(OUTCOME));
    }

    private static String candidateGroup(List<? extends IdentityLinkInfo> links) {
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLinkInfo::getGroupId).filter(g -> g != null).findFirst().orElse("0/none");
    }

    private String businessKey(Task task) {
        return businessKeyOf(task.getProcessInstanceId());
    }

    private String businessKeyOf(String instance) {
        var historic = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        return historic == null ? null : historic.getBusinessKey();
    }

    private String processKey(String definitionId) {
        ProcessDefinition definition = repository.getProcessDefinition(definitionId);
        return definition.getKey();
    }

    private static Long account(String userId) {
        return userId == null ? null : Long.valueOf(userId);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZONE).toLocalDate();
    }

    /** A deadline is a whole working day: it runs to the end of that day. */
    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(ZONE).toInstant());
    }
}
