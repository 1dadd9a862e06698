package org.yiwang.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.DivisionCode;
import org.yiwang.organization.Department;
import org.yiwang.organization.Division;
import org.yiwang.organization.DivisionLevel;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.Position;
import org.yiwang.organization.VerticalLine;

@Service
@Transactional(readOnly = true)
class DirectoryService implements OrganizationDirectory {

    private final DivisionRepository divisions;
    private final VerticalLineRepository lines;
    private final DepartmentRepository departments;
    private final PositionRepository positions;

    DirectoryService(DivisionRepository divisions, VerticalLineRepository lines, DepartmentRepository departments,
            PositionRepository positions) {
        this.divisions = divisions;
        this.lines = lines;
        this.departments = departments;
        this.positions = positions;
    }

    /** The nation is no division in the tree, but credit codes of centrally registered bodies carry it. */
    static final String NATION = "全国";

    @Override
    public Optional<String> nameOf(DivisionCode code) {
        if (DivisionCode.NATIONAL.equals(code)) {
            return Optional.of(NATION);
        }
        return division(code.value()).map(Division::displayName);
    }

    @Override
    public Optional<Division> division(String code) {
        return divisions.tree().find(code);
    }

    @Override
    public List<Division> children(String code) {
        return divisions.tree().children(code);
    }

    @Override
    public List<Division> ancestors(String code) {
        return divisions.tree().ancestors(code);
    }

    @Override
    public List<Division> divisionsAt(DivisionLevel level) {
        return divisions.tree().at(level);
    }

    @Override
    public boolean isDescendant(String code, String ancestorCode) {
        return divisions.tree().isDescendant(code, ancestorCode);
    }

    @Override
    public boolean isWithin(String code, String scopeCode) {
        return divisions.tree().isWithin(code, scopeCode);
    }

    @Override
    public Set<String> divisionCodesWithin(String code) {
        return divisions.tree().codesWithin(code);
    }

    @Override
    public List<VerticalLine> verticalLines() {
        return lines.findAll();
    }

    @Override
    public Optional<VerticalLine> verticalLine(String code) {
        return lines.find(code);
    }

    @Override
    public Optional<Department> department(long id) {
        return departments.find(id);
    }

    @Override
    public Optional<Department> departmentByCode(String code) {
        return departments.findByCode(code);
    }

    @Override
    public List<Department> departmentsIn(String divisionCode, boolean includeSubordinate) {
        return departmentsIn(divisionCode, includeSubordinate, null);
    }

    @Override
    public List<Department> departmentsIn(String divisionCode, boolean includeSubordinate, String lineCode) {
        Set<String> codes = includeSubordinate ? divisionCodesWithin(divisionCode)
                : division(divisionCode).map(d -> Set.of(d.code())).orElse(Set.of());
        return departments.findActive(codes, lineCode);
    }

    @Override
    public List<Department> departmentsOnLine(String lineCode) {
        return departments.findActiveOnLine(lineCode);
    }

    @Override
    public List<Department> subordinatesOf(long departmentId) {
        return departments.findActiveChildren(departmentId);
    }

    @Override
    public List<Position> positionsOf(long departmentId) {
        return positions.findByDepartment(departmentId);
    }

    @Override
    public Optional<Position> position(long id) {
        return positions.find(id);
    }
}
