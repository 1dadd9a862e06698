package org.yiwang.organization;

/** Published when a department's details change or it is dissolved; carries the department as it is now. */
public record DepartmentChanged(Department department) {
}
