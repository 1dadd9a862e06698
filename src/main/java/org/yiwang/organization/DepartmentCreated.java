package org.yiwang.organization;

/** Published when a department is created, within the creating transaction. */
public record DepartmentCreated(Department department) {
}
