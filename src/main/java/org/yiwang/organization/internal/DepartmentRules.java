package org.yiwang.organization.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.RuleViolation;
import org.yiwang.organization.Department;
import org.yiwang.organization.DepartmentKind;

/**
 * The rules a department must keep to be stored (条块结合): it sits in a known division and on a known
 * line, and its parent is either in the same division or is the bureau of the same line in a division
 * above it. Returns every broken rule at once so that a form can show them all.
 */
final class DepartmentRules {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final int NAME_MAX = 100;
    static final int SHORT_NAME_MAX = 40;

    private final DivisionTree divisions;
    private final Predicate<String> lineKnown;
    private final LongFunction<Optional<Department>> departments;

    DepartmentRules(DivisionTree divisions, Predicate<String> lineKnown,
            LongFunction<Optional<Department>> departments) {
        this.divisions = divisions;
        this.lineKnown = lineKnown;
        this.departments = departments;
    }

    /**
     * @param request a normalized request
     * @param edited the department being changed, or null for a new one (its own id may not become its ancestor)
     */
    List<RuleViolation> check(DepartmentRequest request, Long edited) {
        List<RuleViolation> violations = new ArrayList<>();
        checkCode(request.code(), violations);
        checkText("name", request.name(), NAME_MAX, true, violations);
        checkText("shortName", request.shortName(), SHORT_NAME_MAX, false, violations);
        boolean divisionKnown = checkDivision(request.divisionCode(), violations);
        boolean lineValid = checkLine(request.lineCode(), violations);
        Optional<DepartmentKind> kind = DepartmentKind.fromCode(request.kind());
        if (kind.isEmpty()) {
            violations.add(RuleViolation.of("kind", "department.kind-unknown", String.valueOf(request.kind())));
        }
        if (divisionKnown && lineValid && kind.isPresent()) {
            checkParent(request, kind.get(), edited, violations);
        }
        return violations;
    }

    private static void checkCode(String code, List<RuleViolation> violations) {
        if (code == null) {
            violations.add(RuleViolation.of("code", "department.code-required"));
        } else if (!CODE.matcher(code).matches()) {
            violations.add(RuleViolation.of("code", "department.code-malformed", code));
        }
    }

    private static void checkText(String field, String text, int max, boolean required, List<RuleViolation> violations) {
        String rule = "department." + ("shortName".equals(field) ? "short-name" : field);
        if (text == null && required) {
            violations.add(RuleViolation.of(field, rule + "-required"));
        } else if (text != null && text.length() > max) {
            violations.add(RuleViolation.of(field, rule + "-too-long", max));
        }
    }

    private boolean checkDivision(String code, List<RuleViolation> violations) {
        if (code == null) {
            violations.add(RuleViolation.of("divisionCode", "department.division-required"));
        } else if (!wellFormed(code)) {
            violations.add(RuleViolation.of("divisionCode", "department.division-malformed", code));
        } else if (!divisions.contains(code)) {
            violations.add(RuleViolation.of("divisionCode", "department.division-unknown", code));
        } else {
            return true;
        }
        return false;
    }

    /** The structure of a GB/T 2260 code, as the common value type sees it; the nation is no department's region. */
    static boolean wellFormed(String divisionCode) {
        return DivisionCode.check(divisionCode).isEmpty() && !DivisionCode.NATIONAL.value().equals(divisionCode);
    }

    private boolean checkLine(String code, List<RuleViolation> violations) {
        if (code == null) {
            violations.add(RuleViolation.of("lineCode", "department.line-required"));
        } else if (!lineKnown.test(code)) {
            violations.add(RuleViolation.of("lineCode", "department.line-unknown", code));
        } else {
            return true;
        }
        return false;
    }

    private void checkParent(DepartmentRequest request, DepartmentKind kind, Long edited,
            List<RuleViolation> violations) {
        if (request.parentId() == null) {
            if (kind == DepartmentKind.INTERNAL_UNIT) {
                violations.add(RuleViolation.of("parentId", "department.parent-required"));
            }
            return;
        }
        Optional<Department> found = departments.apply(request.parentId());
        if (found.isEmpty()) {
            violations.add(RuleViolation.of("parentId", "department.parent-unknown", String.valueOf(request.parentId())));
            return;
        }
        Department parent = found.get();
        boolean sameDivision = parent.divisionCode().equals(request.divisionCode());
        boolean divisionAbove = divisions.isDescendant(request.divisionCode(), parent.divisionCode());
        if (!parent.isActive()) {
            violations.add(RuleViolation.of("parentId", "department.parent-dissolved", parent.code()));
        } else if (!sameDivision && !(divisionAbove && kind != DepartmentKind.INTERNAL_UNIT)) {
            violations.add(RuleViolation.of("parentId", "department.parent-outside-division", parent.code()));
        } else if (divisionAbove && !parent.lineCode().equals(request.lineCode())) {
            violations.add(RuleViolation.of("parentId", "department.parent-on-other-line", parent.code()));
        } else if (edited != null && leadsBackTo(parent, edited)) {
            violations.add(RuleViolation.of("parentId", "department.parent-cycle", parent.code()));
        }
    }

    /** Whether walking up from {@code start} reaches the department {@code id}. */
    private boolean leadsBackTo(Department start, long id) {
        Set<Long> seen = new HashSet<>();
        Optional<Department> current = Optional.of(start);
        while (current.isPresent() && seen.add(current.get().id())) {
            if (current.get().id() == id) {
                return true;
            }
            Long next = current.get().parentId();
            current = next == null ? Optional.empty() : departments.apply(next);
        }
        return false;
    }
}
