package org.yiwang.organization.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.organization.Department;
import org.yiwang.organization.Division;
import org.yiwang.organization.DivisionLevel;
import org.yiwang.organization.OrganizationDirectory;

/** Public pages: browse province → city → county and see the departments of each division. */
@Controller
class OrganizationPages {

    private final OrganizationDirectory directory;

    OrganizationPages(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/organization")
    String browse(@RequestParam(required = false) String division,
            @RequestParam(defaultValue = "false") boolean includeSubordinate,
            Model model, Locale locale, HttpServletResponse response) {
        Optional<Division> current = division == null ? Optional.empty() : directory.division(division);
        if (division != null && current.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("unknownDivision", division);
        }
        model.addAttribute("division", current.orElse(null));
        model.addAttribute("trail", current.map(this::trail).orElse(List.of()));
        model.addAttribute("children", current.map(d -> directory.children(d.code()))
                .orElseGet(() -> directory.divisionsAt(DivisionLevel.PROVINCE)));
        List<Department> departments = current.map(d -> directory.departmentsIn(d.code(), includeSubordinate))
                .orElse(List.of());
        model.addAttribute("includeSubordinate", includeSubordinate);
        model.addAttribute("departments", departments);
        model.addAttribute("divisionNames", divisionNames(departments));
        model.addAttribute("lineNames", LineNames.of(directory, locale));
        return "organization/browse";
    }

    @GetMapping("/organization/departments/{id}")
    String department(@PathVariable long id, Model model, Locale locale) {
        Department department = directory.department(id).orElseThrow(() -> NotFound.department(id));
        model.addAttribute("department", department);
        model.addAttribute("division", directory.division(department.divisionCode()).orElseThrow());
        model.addAttribute("parent", department.parentId() == null ? null
                : directory.department(department.parentId()).orElse(null));
        model.addAttribute("subordinates", directory.subordinatesOf(id));
        model.addAttribute("positions", directory.positionsOf(id));
        model.addAttribute("lineNames", LineNames.of(directory, locale));
        return "organization/department";
    }

    private List<Division> trail(Division division) {
        List<Division> trail = new ArrayList<>(directory.ancestors(division.code()));
        trail.add(division);
        return trail;
    }

    private Map<String, String> divisionNames(List<Department> departments) {
        return departments.stream().map(Department::divisionCode).distinct()
                .flatMap(code -> directory.division(code).stream())
                .collect(Collectors.toMap(Division::code, Division::displayName));
    }
}
