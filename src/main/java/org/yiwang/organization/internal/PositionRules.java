package org.yiwang.organization.internal;

import java.util.ArrayList;
import java.util.List;
import org.yiwang.common.RuleViolation;

/** The shape of a position; whether its code is free in the department is checked against the table. */
final class PositionRules {

    static final int NAME_MAX = 60;
    static final int RANK_MAX = 30;

    private PositionRules() {
    }

    static List<RuleViolation> check(PositionRequest request) {
        List<RuleViolation> violations = new ArrayList<>();
        if (request.code() == null) {
            violations.add(RuleViolation.of("code", "position.code-required"));
        } else if (!DepartmentRules.CODE.matcher(request.code()).matches()) {
            violations.add(RuleViolation.of("code", "position.code-malformed", request.code()));
        }
        if (request.name() == null) {
            violations.add(RuleViolation.of("name", "position.name-required"));
        } else if (request.name().length() > NAME_MAX) {
            violations.add(RuleViolation.of("name", "position.name-too-long", NAME_MAX));
        }
        if (request.rank() != null && request.rank().length() > RANK_MAX) {
            violations.add(RuleViolation.of("rank", "position.rank-too-long", RANK_MAX));
        }
        return violations;
    }
}
