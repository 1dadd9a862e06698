package org.yiwang.organization.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.Department;
import org.yiwang.organization.DepartmentKind;
import org.yiwang.organization.Division;
import org.yiwang.organization.OrganizationDirectory;

/**
 * The administrator's pages: pick a division, create its departments, change them, dissolve them and
 * keep their positions. A refused form comes back with what was typed and a message per field (422).
 */
@Controller
@RequestMapping("/admin/organization")
@PreAuthorize("hasAuthority('organization:manage')")
class OrganizationAdminPages {

    private final OrganizationDirectory directory;
    private final DepartmentRepository departments;
    private final DepartmentAdministration departmentAdministration;
    private final PositionAdministration positionAdministration;
    private final MessageSource messages;
    private final String province;

    OrganizationAdminPages(OrganizationDirectory directory, DepartmentRepository departments,
            DepartmentAdministration departmentAdministration, PositionAdministration positionAdministration,
            MessageSource messages, @Value("${yiwang.province-code:330000}") String province) {
        this.directory = directory;
        this.departments = departments;
        this.departmentAdministration = departmentAdministration;
        this.positionAdministration = positionAdministration;
        this.messages = messages;
        this.province = province;
    }

    /** Opens on the platform's own province unless the administrator picked another division. */
    @GetMapping
    public String division(@RequestParam(required = false) String division, Model model, Locale locale,
            HttpServletResponse response) {
        Division current = directory.division(division == null ? province : division).orElse(null);
        if (current == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("unknownDivision", division);
            current = provinceDivision();
        }
        DepartmentRequest blank = new DepartmentRequest(null, null, null, current.code(), null, null,
                DepartmentKind.GOVERNMENT_ORGAN.code());
        return divisionPage(current, blank, Map.of(), model, locale);
    }

    @PostMapping("/departments")
    public String create(DepartmentRequest form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Department created = departmentAdministration.create(form);
            redirect.addFlashAttribute("notice", messages.getMessage("organization.admin.created",
                    new Object[] {created.name()}, locale));
            return "redirect:/admin/organization/departments/" + created.id();
        } catch (RuleViolationException refused) {
            response.setStatus(refused.status().value());
            Division current = directory.division(DepartmentRequest.clean(form.divisionCode()))
                    .orElseGet(this::provinceDivision);
            return divisionPage(current, form, FormErrors.of(refused, messages, locale), model, locale);
        }
    }

    @GetMapping("/departments/{id}")
    public String department(@PathVariable long id, Model model, Locale locale) {
        Department department = departments.find(id).orElseThrow(() -> NotFound.department(id));
        return departmentPage(department, changesOf(department), model, locale);
    }

    @PostMapping("/departments/{id}")
    public String update(@PathVariable long id, DepartmentChanges form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            departmentAdministration.update(id, form);
            return done(id, "organization.admin.saved", locale, redirect);
        } catch (RuleViolationException refused) {
            return refused(id, refused, "errors", form, model, locale, response);
        }
    }

    @PostMapping("/departments/{id}/dissolution")
    public String dissolve(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            departmentAdministration.dissolve(id);
            return done(id, "organization.admin.dissolved", locale, redirect);
        } catch (RuleViolationException refused) {
            return refused(id, refused, "errors", null, model, locale, response);
        }
    }

    @PostMapping("/departments/{id}/positions")
    public String createPosition(@PathVariable long id, PositionRequest form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            positionAdministration.create(id, form);
            return done(id, "organization.admin.position-saved", locale, redirect);
        } catch (RuleViolationException refused) {
            model.addAttribute("positionForm", form);
            return refused(id, refused, "positionErrors", null, model, locale, response);
        }
    }

    @PostMapping("/positions/{positionId}")
    public String updatePosition(@PathVariable long positionId, PositionChanges form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        long departmentId = directory.position(positionId).orElseThrow(() -> NotFound.position(positionId))
                .departmentId();
        try {
            positionAdministration.update(positionId, form);
            return done(departmentId, "organization.admin.position-saved", locale, redirect);
        } catch (RuleViolationException refused) {
            return refused(departmentId, refused, "positionErrors", null, model, locale, response);
        }
    }

    private Division provinceDivision() {
        return directory.division(province).orElseThrow(
                () -> new IllegalStateException("yiwang.province-code names no division: " + province));
    }

    private String done(long departmentId, String notice, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", messages.getMessage(notice, null, locale));
        return "redirect:/admin/organization/departments/" + departmentId;
    }

    /** The department's page again, with the refused values and the errors under {@code errorsAttribute}. */
    private String refused(long departmentId, RuleViolationException refusal, String errorsAttribute,
            DepartmentChanges form, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        Department department = departments.find(departmentId).orElseThrow(() -> NotFound.department(departmentId));
        model.addAttribute(errorsAttribute, FormErrors.of(refusal, messages, locale));
        return departmentPage(department, form != null ? form : changesOf(department), model, locale);
    }

    private static DepartmentChanges changesOf(Department department) {
        return new DepartmentChanges(department.name(), department.shortName(), department.parentId(),
                department.kind().code());
    }

    private String divisionPage(Division division, DepartmentRequest form, Map<String, String> errors, Model model,
            Locale locale) {
        List<Division> trail = new ArrayList<>(directory.ancestors(division.code()));
        trail.add(division);
        model.addAttribute("division", division);
        model.addAttribute("trail", trail);
        model.addAttribute("children", directory.children(division.code()));
        model.addAttribute("departments", departments.findAllIn(division.code()));
        model.addAttribute("parentCandidates", parentCandidates(division));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lines", directory.verticalLines());
        model.addAttribute("lineNames", LineNames.of(directory, locale));
        model.addAttribute("kinds", DepartmentKind.values());
        return "organization/admin";
    }

    private String departmentPage(Department department, DepartmentChanges form, Model model, Locale locale) {
        model.addAttribute("department", department);
        model.addAttribute("division", directory.division(department.divisionCode()).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("parentCandidates", parentCandidates(directory.division(department.divisionCode())
                .orElseThrow()).stream().filter(d -> d.id() != department.id()).toList());
        model.addAttribute("positions", directory.positionsOf(department.id()));
        if (!model.containsAttribute("positionForm")) {
            model.addAttribute("positionForm", new PositionRequest(null, null, null));
        }
        for (String errors : List.of("errors", "positionErrors")) {
            if (!model.containsAttribute(errors)) {
                model.addAttribute(errors, Map.of());
            }
        }
        model.addAttribute("lineNames", LineNames.of(directory, locale));
        model.addAttribute("kinds", DepartmentKind.values());
        return "organization/admin-department";
    }

    /** Active departments of the division and of every division above it: the only places a parent may be. */
    private List<Department> parentCandidates(Division division) {
        List<Department> candidates = new ArrayList<>(directory.departmentsIn(division.code(), false));
        directory.ancestors(division.code()).forEach(a -> candidates.addAll(directory.departmentsIn(a.code(), false)));
        return candidates;
    }
}
