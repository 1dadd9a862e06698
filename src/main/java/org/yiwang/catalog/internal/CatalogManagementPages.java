package org.yiwang.catalog.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/** The provider's catalog management: his department's entries, a new entry, a new version, publishing. */
@Controller
@PreAuthorize("hasAuthority('catalog:maintain')")
class CatalogManagementPages {

    private final CatalogBrowsing browsing;
    private final CatalogMaintenance maintenance;
    private final OrganizationDirectory organization;
    private final DataScopes scopes;
    private final MessageSource messages;

    CatalogManagementPages(CatalogBrowsing browsing, CatalogMaintenance maintenance, OrganizationDirectory organization,
            DataScopes scopes, MessageSource messages) {
        this.browsing = browsing;
        this.maintenance = maintenance;
        this.organization = organization;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping("/admin/catalog")
    String list(Model model) {
        model.addAttribute("entries", browsing.maintained());
        model.addAttribute("providers", departments());
        return "catalog/manage";
    }

    @GetMapping("/admin/catalog/new")
    String newEntry(Model model, Authentication authentication, Locale locale) {
        ResourceForm form = new ResourceForm();
        organization.department(principal(authentication).departmentId()).map(Department::code)
                .ifPresent(form::setProviderCode);
        return form(model, form, null, locale);
    }

    @PostMapping("/admin/catalog")
    String create(@ModelAttribute ResourceForm form, Authentication authentication, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            String code = maintenance.create(form.toRequest(), principal(authentication));
            redirect.addFlashAttribute("notice", messages.getMessage("catalog.manage.created", new Object[] {code},
                    locale));
            return "redirect:/admin/catalog/" + code + "/edit";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", PageLabels.errors(e, messages, locale));
            return form(model, form, null, locale);
        }
    }

    @GetMapping("/admin/catalog/{code}/edit")
    String edit(@PathVariable String code, Model model, Locale locale) {
        StoredVersion latest = browsing.draft(code).orElseGet(() -> browsing.current(code));
        return form(model, ResourceForm.of(latest), latest, locale);
    }

    @PostMapping("/admin/catalog/{code}")
    String revise(@PathVariable String code, @ModelAttribute ResourceForm form, Authentication authentication,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            var revision = maintenance.revise(code, form.toRequest(), principal(authentication));
            redirect.addFlashAttribute("notice", messages.getMessage(revision.changed() ? "catalog.manage.saved"
                    : "catalog.manage.unchanged", new Object[] {revision.version()}, locale));
            return "redirect:/admin/catalog/" + code + "/edit";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", PageLabels.errors(e, messages, locale));
            StoredVersion latest = browsing.draft(code).orElseGet(() -> browsing.current(code));
            return form(model, form, latest, locale);
        }
    }

    @PostMapping("/admin/catalog/{code}/publish")
    String publish(@PathVariable String code, Authentication authentication, Locale locale,
            RedirectAttributes redirect) {
        int version = maintenance.publish(code, principal(authentication));
        redirect.addFlashAttribute("notice", messages.getMessage("catalog.manage.published",
                new Object[] {code, version}, locale));
        return "redirect:/catalog/" + code;
    }

    private String form(Model model, ResourceForm form, StoredVersion latest, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("latest", latest);
        model.addAttribute("providers", departments());
        model.addAttribute("formats", Vocabulary.FORMAT.terms());
        model.addAttribute("cycles", Vocabulary.UPDATE_CYCLE.terms());
        model.addAttribute("itemTypes", Vocabulary.ITEM_TYPE.terms());
        model.addAttribute("terms", PageLabels.terms(messages, locale));
        model.addAttribute("sharingTypes", SharingType.values());
        model.addAttribute("methods", ShareMethod.values());
        return "catalog/form";
    }

    /** The departments whose entries the signed-in maintainer keeps. */
    private List<Department> departments() {
        Set<Long> ids = AccountPrincipal.current().map(scopes::departments).orElse(Set.of());
        return ids.stream().map(organization::department).flatMap(java.util.Optional::stream)
                .filter(Department::isActive).sorted(Comparator.comparing(Department::code)).toList();
    }

    private static AccountPrincipal principal(Authentication authentication) {
        return (AccountPrincipal) authentication.getPrincipal();
    }
}
