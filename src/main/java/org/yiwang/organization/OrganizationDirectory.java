package org.yiwang.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiwang.common.DivisionDirectory;

/**
 * What other modules may ask about divisions, vertical lines, departments and positions. Division codes
 * are 6-digit GB/T 2260 codes; a code that is malformed or unknown simply finds nothing.
 *
 * <p>It is also the platform's {@link DivisionDirectory}: {@code nameOf} gives a division's display name
 * (北京市市辖区 rather than 市辖区), and knows {@link org.yiwang.common.DivisionCode#NATIONAL} as 全国.
 */
public interface OrganizationDirectory extends DivisionDirectory {

    Optional<Division> division(String code);

    /** The divisions one level below, ordered by code. */
    List<Division> children(String code);

    /** The enclosing divisions from the province down to the direct parent; empty for a province or an unknown code. */
    List<Division> ancestors(String code);

    List<Division> divisionsAt(DivisionLevel level);

    /** Whether {@code code} lies strictly below {@code ancestorCode}, at any depth. */
    boolean isDescendant(String code, String ancestorCode);

    /**
     * Whether {@code code} is {@code scopeCode} itself or lies below it: the check behind data scopes in which
     * staff see their own division and, when granted, its subordinate divisions.
     */
    boolean isWithin(String code, String scopeCode);

    /** The division itself and every division below it; empty for an unknown code. */
    Set<String> divisionCodesWithin(String code);

    List<VerticalLine> verticalLines();

    Optional<VerticalLine> verticalLine(String code);

    /** Any department by id, active or dissolved. */
    Optional<Department> department(long id);

    /** Any department by its own code, active or dissolved. */
    Optional<Department> departmentByCode(String code);

    /** Active departments of a division, and of every division below it when {@code includeSubordinate}. */
    List<Department> departmentsIn(String divisionCode, boolean includeSubordinate);

    /** As {@link #departmentsIn(String, boolean)}, restricted to one vertical line. */
    List<Department> departmentsIn(String divisionCode, boolean includeSubordinate, String lineCode);

    /** Active departments of one vertical line, in every division. */
    List<Department> departmentsOnLine(String lineCode);

    /** The active departments whose parent is the given department. */
    List<Department> subordinatesOf(long departmentId);

    /** The positions of a department in the order they were created; empty for an unknown department. */
    List<Position> positionsOf(long departmentId);

    Optional<Position> position(long id);
}
