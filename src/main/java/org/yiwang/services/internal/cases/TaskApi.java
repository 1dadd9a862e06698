package org.yiwang.services.internal.cases;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.common.RuleViolationException;
import org.yiwang.workflow.Workflow;
import org.yiwang.workflow.WorkflowTask;

/** The staff's steps over HTTP: list, claim, complete with an opinion, ask for a supplement, return, transfer. */
@RestController
@RequestMapping("/api/v1/services")
class TaskApi {

    static final String ANY_TASK_ROLE = "hasAnyAuthority('services:accept', 'services:examine', 'services:decide')";

    record Completion(String outcome, String opinion) {
    }

    record SupplementRequest(String note, List<String> fields) {
    }

    record Return(String step, String opinion) {
    }

    record Transfer(Long toAccountId) {
    }

    record Next(List<WorkflowTask> openSteps) {
    }

    private final Processing processing;
    private final Workflow workflow;
    private final Supervision supervision;

    TaskApi(Processing processing, Workflow workflow, Supervision supervision) {
        this.processing = processing;
        this.workflow = workflow;
        this.supervision = supervision;
    }

    @GetMapping("/tasks")
    @PreAuthorize(ANY_TASK_ROLE)
    List<WorkflowTask> tasks(Authentication authentication) {
        return workflow.tasksFor(Staff.actor(authentication), 200);
    }

    @GetMapping("/tasks/{id}")
    @PreAuthorize(ANY_TASK_ROLE)
    Processing.OpenStep task(@PathVariable String id, Authentication authentication) {
        return processing.open(id, Staff.actor(authentication));
    }

    @PostMapping("/tasks/{id}/claim")
    @PreAuthorize(ANY_TASK_ROLE)
    WorkflowTask claim(@PathVariable String id, Authentication authentication) {
        return processing.claim(id, Staff.actor(authentication), Staff.name(authentication));
    }

    @PostMapping("/tasks/{id}/complete")
    @PreAuthorize(ANY_TASK_ROLE)
    Next complete(@PathVariable String id, @RequestBody Completion completion, Authentication authentication) {
        return new Next(processing.complete(id, Staff.actor(authentication), Staff.name(authentication),
                outcome(completion.outcome()), completion.opinion()));
    }

    @PostMapping("/tasks/{id}/supplement-request")
    @PreAuthorize("hasAuthority('services:accept')")
    void requestSupplement(@PathVariable String id, @RequestBody SupplementRequest request,
            Authentication authentication) {
        processing.requestSupplement(id, Staff.actor(authentication), Staff.name(authentication), request.note(),
                request.fields());
    }

    @PostMapping("/tasks/{id}/return")
    @PreAuthorize(ANY_TASK_ROLE)
    Next returnTo(@PathVariable String id, @RequestBody Return request, Authentication authentication) {
        if (request.step() == null || request.step().isBlank()) {
            throw RuleViolationException.of("step", "workflow.return.not-earlier", "");
        }
        return new Next(processing.returnTo(id, Staff.actor(authentication), Staff.name(authentication),
                request.step().strip(), request.opinion()));
    }

    @PostMapping("/tasks/{id}/transfer")
    @PreAuthorize(ANY_TASK_ROLE)
    WorkflowTask transfer(@PathVariable String id, @RequestBody Transfer request, Authentication authentication) {
        if (request.toAccountId() == null) {
            throw RuleViolationException.of("toAccountId", "workflow.transfer.not-colleague");
        }
        return processing.transfer(id, Staff.actor(authentication), Staff.name(authentication), request.toAccountId());
    }

    @GetMapping("/supervision")
    @PreAuthorize("hasAuthority('services:supervise')")
    Supervision.Report supervision() {
        return supervision.report();
    }

    static Outcome outcome(String text) {
        try {
            return Outcome.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.of("outcome", "services.task.outcome");
        }
    }
}
