package org.yiwang.registry.internal.macro;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.OrganizationDirectory;

/** The rules an indicator value must meet: a known division and department, a period of the indicator's frequency. */
final class ValueRules {

    /** numeric(20, 4): sixteen digits before the point. */
    private static final BigDecimal LIMIT = new BigDecimal("1E16");

    private final OrganizationDirectory directory;

    ValueRules(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** The parsed period, or a refusal naming every field that breaks a rule. */
    Period check(Indicator indicator, String division, String period, BigDecimal value, String sourceDepartment) {
        List<RuleViolation> violations = new ArrayList<>();
        if (division == null || directory.division(division).isEmpty()) {
            violations.add(RuleViolation.of("divisionCode", "indicator.division.unknown", String.valueOf(division)));
        }
        Optional<Period> parsed = Period.parse(period);
        if (parsed.isEmpty() || parsed.get().frequency() != indicator.frequency()) {
            violations.add(RuleViolation.of("period", "indicator.period." + indicator.frequency().name().toLowerCase(),
                    String.valueOf(period)));
        }
        if (value == null || value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 4) {
            violations.add(RuleViolation.of("value", "indicator.value.format", String.valueOf(value)));
        }
        if (sourceDepartment == null || directory.departmentByCode(sourceDepartment).isEmpty()) {
            violations.add(RuleViolation.of("sourceDepartment", "indicator.source.unknown", String.valueOf(sourceDepartment)));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return parsed.get();
    }
}
