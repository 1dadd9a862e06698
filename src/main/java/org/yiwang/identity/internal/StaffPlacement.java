package org.yiwang.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.common.RuleViolation;
import org.yiwang.organization.OrganizationDirectory;

/** Checks that a staff member is placed in an active department, and in one of that department's positions. */
@Component
class StaffPlacement {

    private final OrganizationDirectory organization;

    StaffPlacement(OrganizationDirectory organization) {
        this.organization = organization;
    }

    List<RuleViolation> check(Long departmentId, Long positionId) {
        List<RuleViolation> violations = new ArrayList<>();
        if (departmentId == null) {
            violations.add(RuleViolation.of("departmentId", "staff.department-required"));
            return violations;
        }
        if (organization.department(departmentId).filter(d -> d.isActive()).isEmpty()) {
            violations.add(RuleViolation.of("departmentId", "staff.department-unknown"));
        }
        if (positionId != null && organization.position(positionId)
                .filter(p -> p.departmentId() == departmentId).isEmpty()) {
            violations.add(RuleViolation.of("positionId", "staff.position-unknown"));
        }
        return violations;
    }
}
