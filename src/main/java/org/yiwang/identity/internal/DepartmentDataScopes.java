package org.yiwang.identity.internal;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

@Service
class DepartmentDataScopes implements DataScopes {

    static final String BLOCK_LINE = "government-services";

    private final OrganizationDirectory organization;

    DepartmentDataScopes(OrganizationDirectory organization) {
        this.organization = organization;
    }

    @Override
    public Set<Long> departments(AccountPrincipal principal) {
        if (principal.departmentId() == null) {
            return Set.of();
        }
        Set<Long> scope = new HashSet<>();
        scope.add(principal.departmentId());
        if (principal.subordinateScope()) {
            organization.department(principal.departmentId()).ifPresent(own -> below(own, scope));
        }
        return scope;
    }

    private void below(Department own, Set<Long> scope) {
        var candidates = BLOCK_LINE.equals(own.lineCode())
                ? organization.departmentsIn(own.divisionCode(), true)
                : organization.departmentsIn(own.divisionCode(), true, own.lineCode());
        candidates.stream()
                .filter(d -> organization.isDescendant(d.divisionCode(), own.divisionCode()))
                .forEach(d -> scope.add(d.id()));
    }
}
