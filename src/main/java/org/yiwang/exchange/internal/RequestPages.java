package org.yiwang.exchange.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/** The consumer's page: ask for a resource (or some of its items), follow the department's requests and grants. */
@Controller
@PreAuthorize("hasAuthority('exchange:request')")
class RequestPages {

    private final AccessRequests requests;
    private final AccessRequestRepository stored;
    private final GrantRepository grants;
    private final ResourceCatalog catalog;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    RequestPages(AccessRequests requests, AccessRequestRepository stored, GrantRepository grants,
            ResourceCatalog catalog, OrganizationDirectory organization, MessageSource messages) {
        this.requests = requests;
        this.stored = stored;
        this.grants = grants;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/exchange/requests")
    String page(@RequestParam(required = false) String resource, @AuthenticationPrincipal AccountPrincipal principal,
            Model model) {
        model.addAttribute("form", new AccessRequestInput(resource, List.of(), null, null, "API",
                requests.today(), requests.today().plusDays(364), 100, null, null));
        return show(resource, principal, model);
    }

    @PostMapping("/exchange/requests")
    String submit(@RequestParam(required = false) String resourceCode,
            @RequestParam(required = false) List<String> items, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String method,
            @RequestParam(required = false) LocalDate validFrom, @RequestParam(required = false) LocalDate validUntil,
            @RequestParam(required = false) Integer expectedVolume,
            @RequestParam(required = false) String callbackUrl, @RequestParam(required = false) String consumerKeyPem,
            @AuthenticationPrincipal AccountPrincipal principal, Model model, Locale locale,
            RedirectAttributes redirect) {
        var input = new AccessRequestInput(resourceCode, items == null ? List.of() : items, purpose, legalBasis,
                method, validFrom, validUntil, expectedVolume, callbackUrl, consumerKeyPem);
        try {
            var submitted = requests.submit(input, principal);
            redirect.addFlashAttribute("submitted", submitted.request().id());
            redirect.addFlashAttribute("granted", submitted.grantId());
            return "redirect:/exchange/requests";
        } catch (RuleViolationException refused) {
            model.addAttribute("form", input);
            model.addAttribute("errors", FormErrors.of(refused, messages, locale));
            return show(resourceCode, principal, model);
        }
    }

    @PostMapping("/exchange/grants/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal AccountPrincipal principal, Locale locale, RedirectAttributes redirect) {
        try {
            requests.revoke(id, reason, principal);
            redirect.addFlashAttribute("revoked", id);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("revokeErrors", FormErrors.of(refused, messages, locale));
        }
        return "redirect:/exchange/requests";
    }

    private String show(String resource, AccountPrincipal principal, Model model) {
        if (resource != null && !resource.isBlank()) {
            model.addAttribute("resource", catalog.byCode(resource.strip()).orElse(null));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        Long department = principal.departmentId();
        model.addAttribute("requests", department == null ? List.of() : stored.ofConsumer(department, 100));
        model.addAttribute("grants", department == null ? List.of() : grants.ofConsumer(department));
        model.addAttribute("today", requests.today());
        model.addAttribute("departments", new DepartmentNames(organization));
        return "exchange/requests";
    }

    /** Department names for the templates. */
    record DepartmentNames(OrganizationDirectory organization) {

        public String of(Long id) {
            return id == null ? "—" : organization.department(id).map(Department::name).orElse(String.valueOf(id));
        }
    }
}
