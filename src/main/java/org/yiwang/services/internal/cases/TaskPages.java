package org.yiwang.services.internal.cases;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.services.internal.catalog.DepartmentNames;
import org.yiwang.workflow.Workflow;

/** A staff member's page for one step, opened from the workbench, and the supervisors' overdue list. */
@Controller
class TaskPages {

    private final Processing processing;
    private final Tracking tracking;
    private final Workflow workflow;
    private final Supervision supervision;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    TaskPages(Processing processing, Tracking tracking, Workflow workflow, Supervision supervision,
            OrganizationDirectory organization, MessageSource messages) {
        this.processing = processing;
        this.tracking = tracking;
        this.workflow = workflow;
        this.supervision = supervision;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/services/tasks/{id}")
    @PreAuthorize(TaskApi.ANY_TASK_ROLE)
    String task(@PathVariable String id, Authentication authentication, Model model) {
        return show(id, authentication, model, null);
    }

    @PostMapping("/services/tasks/{id}")
    @PreAuthorize(TaskApi.ANY_TASK_ROLE)
    String act(@PathVariable String id, @RequestParam String action, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String opinion, @RequestParam(required = false) String step,
            @RequestParam(required = false) Long toAccountId, Authentication authentication, Model model,
            Locale locale) {
        var actor = Staff.actor(authentication);
        String name = Staff.name(authentication);
        String number = processing.open(id, actor).application().number();
        try {
            switch (action) {
                case "claim" -> {
                    processing.claim(id, actor, name);
                    return "redirect:/services/tasks/" + id;
                }
                case "complete" -> processing.complete(id, actor, name, TaskApi.outcome(outcome), opinion);
                case "supplement" -> processing.requestSupplement(id, actor, name, opinion, List.of());
                case "return" -> processing.returnTo(id, actor, name, step, opinion);
                case "transfer" -> processing.transfer(id, actor, name, toAccountId == null ? 0 : toAccountId);
                default -> throw RuleViolationException.of("action", "services.task.outcome");
            }
            return "redirect:/services/applications/" + number + "?done=" + action;
        } catch (RuleViolationException e) {
            return show(id, authentication, model, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/services/supervision")
    @PreAuthorize("hasAuthority('services:supervise')")
    String supervision(Model model) {
        model.addAttribute("report", supervision.report());
        return "services/supervision";
    }

    private String show(String id, Authentication authentication, Model model, java.util.Map<String, String> errors) {
        var actor = Staff.actor(authentication);
        Processing.OpenStep open = processing.open(id, actor);
        model.addAttribute("task", open.task());
        model.addAttribute("view", tracking.view(open.application().number(), authentication));
        model.addAttribute("earlier", workflow.earlierSteps(open.task().processDefinitionId(), open.task().step()));
        model.addAttribute("colleagues", processing.colleaguesFor(open.task(), actor.accountId()));
        model.addAttribute("mine", Long.valueOf(actor.accountId()).equals(open.task().assigneeAccountId()));
        model.addAttribute("names", new DepartmentNames(organization));
        model.addAttribute("errors", errors);
        return "services/task";
    }
}
