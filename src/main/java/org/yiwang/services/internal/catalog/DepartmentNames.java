package org.yiwang.services.internal.catalog;

import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/** Department names for templates: {@code names.of(code)} and {@code names.ofId(id)}. */
public record DepartmentNames(OrganizationDirectory organization) {

    public String of(String code) {
        return organization.departmentByCode(code).map(Department::name).orElse(code);
    }

    public String ofId(long id) {
        return organization.department(id).map(Department::name).orElse(String.valueOf(id));
    }
}
