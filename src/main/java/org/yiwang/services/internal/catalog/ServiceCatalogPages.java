package org.yiwang.services.internal.catalog;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.workflow.Workflow;

/** Public pages of the catalog (browse, search, item) and the catalog keepers' pages. */
@Controller
class ServiceCatalogPages {

    private final Catalog catalog;
    private final OrganizationDirectory organization;
    private final ItemRepository items;
    private final Workflow workflow;
    private final MessageSource messages;

    ServiceCatalogPages(Catalog catalog, OrganizationDirectory organization, ItemRepository items, Workflow workflow,
            MessageSource messages) {
        this.catalog = catalog;
        this.organization = organization;
        this.items = items;
        this.workflow = workflow;
        this.messages = messages;
    }

    @GetMapping("/services")
    String browse(@RequestParam(required = false) String q, @RequestParam(required = false) String lifeEvent,
            @RequestParam(required = false) String enterpriseEvent, @RequestParam(required = false) String department,
            Model model) {
        model.addAttribute("items", catalog.browse(new Catalog.Query(q, lifeEvent, enterpriseEvent, department)));
        model.addAttribute("q", q);
        model.addAttribute("lifeEvent", lifeEvent);
        model.addAttribute("enterpriseEvent", enterpriseEvent);
        model.addAttribute("department", department);
        model.addAttribute("lifeEvents", Events.LIFE);
        model.addAttribute("enterpriseEvents", Events.ENTERPRISE);
        model.addAttribute("departments", departments());
        model.addAttribute("names", new DepartmentNames(organization));
        return "services/catalog";
    }

    @GetMapping("/services/items/{code}")
    String item(@PathVariable String code, Model model) {
        model.addAttribute("item", catalog.published(code).orElseThrow(CatalogApi::notFound));
        model.addAttribute("names", new DepartmentNames(organization));
        return "services/item";
    }

    @GetMapping("/admin/services/items")
    @PreAuthorize("hasAuthority('services:catalog')")
    String adminList(Model model) {
        model.addAttribute("items", catalog.all());
        model.addAttribute("names", new DepartmentNames(organization));
        return "services/admin-items";
    }

    @GetMapping("/admin/services/items/new")
    @PreAuthorize("hasAuthority('services:catalog')")
    String adminNew(Model model) {
        return edit(model, new ItemInput(null, null, "LICENSING", "CITIZEN", null, null, null, null, "[]", "[]",
                "{\"window\":\"ZJ-HZ-XH-ZWFW\",\"office\":\"\"}", "20", "5", "0", null, "serialLicensing", "0", null,
                null, null, null, null, null, null, null, "DRAFT"), true);
    }

    @GetMapping("/admin/services/items/{code}")
    @PreAuthorize("hasAuthority('services:catalog')")
    String adminEdit(@PathVariable String code, Model model) {
        ServiceItem item = catalog.item(code).orElseThrow(CatalogApi::notFound);
        return edit(model, ItemInput.of(item, items), false);
    }

    @PostMapping("/admin/services/items")
    @PreAuthorize("hasAuthority('services:catalog')")
    String adminSave(@ModelAttribute ItemInput input, @RequestParam(defaultValue = "false") boolean creating,
            Authentication authentication, Model model, Locale locale) {
        try {
            ServiceItem saved = catalog.save(input, authentication.getName());
            return "redirect:/admin/services/items/" + saved.code() + "?saved";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return edit(model, input, creating);
        }
    }

    private String edit(Model model, ItemInput input, boolean creating) {
        model.addAttribute("input", input);
        model.addAttribute("creating", creating);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("processKeys", workflow.processKeys());
        model.addAttribute("departments", departments());
        return "services/admin-item";
    }

    /** The departments that implement at least one item, for the department filter. */
    private List<Department> departments() {
        return catalog.all().stream().flatMap(i -> i.departments().stream()).distinct()
                .map(organization::departmentByCode).flatMap(java.util.Optional::stream).toList();
    }
}
