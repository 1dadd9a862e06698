package org.yiwang.exchange.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.organization.OrganizationDirectory;

/** The provider's approver queue: the department's pending requests, and one request to grant or refuse. */
@Controller
@PreAuthorize("hasAuthority('exchange:approve')")
class ApprovalPages {

    private final AccessRequests requests;
    private final AccessRequestRepository stored;
    private final ApprovalQueue queue;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    ApprovalPages(AccessRequests requests, AccessRequestRepository stored, ApprovalQueue queue,
            OrganizationDirectory organization, MessageSource messages) {
        this.requests = requests;
        this.stored = stored;
        this.queue = queue;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/exchange/approvals")
    String queue(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        Long department = principal.departmentId();
        List<AccessRequest> pending = department == null ? List.of() : stored.pendingFor(department, 200);
        model.addAttribute("pending", pending.stream().map(r -> Map.of("request", r, "warning",
                String.valueOf(queue.warning(r.dueOn())))).toList());
        model.addAttribute("decided", department == null ? List.of()
                : stored.ofProvider(department, 100).stream().filter(r -> r.status() != RequestStatus.PENDING).toList());
        model.addAttribute("departments", new RequestPages.DepartmentNames(organization));
        return "exchange/approvals";
    }

    @GetMapping("/exchange/approvals/{id}")
    String request(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal principal, Model model) {
        AccessRequest request = stored.byId(id)
                .filter(r -> principal.departmentId() != null && r.providerDepartmentId() == principal.departmentId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("request", request);
        model.addAttribute("warning", queue.warning(request.dueOn()));
        model.addAttribute("departments", new RequestPages.DepartmentNames(organization));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "exchange/approval";
    }

    @PostMapping("/exchange/approvals/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) List<String> items,
            @RequestParam(required = false) Integer ratePerMinute,
            @AuthenticationPrincipal AccountPrincipal principal, Locale locale, RedirectAttributes redirect) {
        try {
            long grant = requests.approve(id, new AccessRequests.Approval(items, ratePerMinute), principal);
            redirect.addFlashAttribute("granted", grant);
            return "redirect:/exchange/approvals";
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("errors", FormErrors.of(refused, messages, locale));
            return "redirect:/exchange/approvals/" + id;
        }
    }

    @PostMapping("/exchange/approvals/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reasons,
            @AuthenticationPrincipal AccountPrincipal principal, Locale locale, RedirectAttributes redirect) {
        try {
            requests.refuse(id, reasons, principal);
            redirect.addFlashAttribute("refused", id);
            return "redirect:/exchange/approvals";
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("errors", FormErrors.of(refused, messages, locale));
            return "redirect:/exchange/approvals/" + id;
        }
    }
}
