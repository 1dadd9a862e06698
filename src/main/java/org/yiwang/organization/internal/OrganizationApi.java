package org.yiwang.organization.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.Department;
import org.yiwang.organization.Division;
import org.yiwang.organization.DivisionLevel;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.Position;
import org.yiwang.organization.VerticalLine;

/** The public, read-only JSON view of divisions, vertical lines, departments and positions. */
@RestController
@RequestMapping("/api/v1/organization")
class OrganizationApi {

    private final OrganizationDirectory directory;

    OrganizationApi(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/divisions/{code}")
    Division division(@PathVariable String code) {
        return knownDivision("code", code, true);
    }

    @GetMapping("/divisions/{code}/children")
    List<Division> children(@PathVariable String code) {
        return directory.children(knownDivision("code", code, true).code());
    }

    @GetMapping("/divisions")
    List<Division> divisions(@RequestParam(defaultValue = "province") String level) {
        return directory.divisionsAt(DivisionLevel.fromCode(level)
                .orElseThrow(() -> RuleViolationException.of("level", "division.level-unknown", level)));
    }

    @GetMapping("/lines")
    List<VerticalLine> lines() {
        return directory.verticalLines();
    }

    @GetMapping("/departments")
    List<Department> departments(@RequestParam(required = false) String division,
            @RequestParam(defaultValue = "false") boolean includeSubordinate,
            @RequestParam(required = false) String line) {
        if (line != null && directory.verticalLine(line).isEmpty()) {
            throw RuleViolationException.of("line", "line.unknown", line);
        }
        if (division == null) {
            if (line == null) {
                throw RuleViolationException.of("division", "division.required");
            }
            return directory.departmentsOnLine(line);
        }
        String code = knownDivision("division", division, false).code();
        return directory.departmentsIn(code, includeSubordinate, line);
    }

    @GetMapping("/departments/{id}")
    Department department(@PathVariable long id) {
        return directory.department(id).orElseThrow(() -> NotFound.department(id));
    }

    @GetMapping("/departments/{id}/positions")
    List<Position> positions(@PathVariable long id) {
        return directory.positionsOf(department(id).id());
    }

    @GetMapping("/positions/{id}")
    Position position(@PathVariable long id) {
        return directory.position(id).orElseThrow(() -> NotFound.position(id));
    }

    /**
     * A malformed code is always a 422 naming the field; an unknown one is a 404 when it is the resource the
     * caller asked for, and a 422 when it only filters something else.
     */
    private Division knownDivision(String field, String code, boolean isResource) {
        if (!DepartmentRules.wellFormed(code)) {
            throw RuleViolationException.of(field, "division.malformed", code);
        }
        return directory.division(code).orElseThrow(() -> isResource ? NotFound.division(code)
                : RuleViolationException.of(field, "division.unknown", code));
    }
}
