package org.yiwang.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.DivisionDirectory;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/**
 * The rules a legal entity's register values obey, every broken one reported at once. Whether the legal
 * representative is in the population register is the register service's check, not this one's.
 */
public final class EntityRules {

    static final int MAX_NAME = 200;
    static final int MAX_SCOPE = 2000;
    /** Registered capital above a trillion yuan is a typing error, not an enterprise. */
    static final BigDecimal MAX_CAPITAL = new BigDecimal("1000000000000.00");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DivisionDirectory divisions;

    public EntityRules(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    public EntityRecord validate(EntityInput input) {
        List<RuleViolation> violations = new ArrayList<>();
        EntityRecord entity = build(input, violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return entity;
    }

    public List<RuleViolation> check(EntityInput input) {
        List<RuleViolation> violations = new ArrayList<>();
        build(input, violations);
        return violations;
    }

    private EntityRecord build(EntityInput in, List<RuleViolation> violations) {
        CreditCode code = null;
        List<RuleViolation> badCode = CreditCode.check(in.creditCode());
        if (badCode.isEmpty()) {
            code = CreditCode.parse(in.creditCode());
        } else {
            badCode.forEach(v -> violations.add(v.forField("creditCode")));
        }
        String name = text(in.name(), "name", MAX_NAME, violations);
        EntityType type = PersonRules.required(in.type(), "type", violations) ? type(in.type(), violations) : null;
        IdNumber representative = null;
        List<RuleViolation> badId = IdNumber.check(in.legalRepresentativeIdNumber());
        if (badId.isEmpty()) {
            representative = IdNumber.parse(in.legalRepresentativeIdNumber());
        } else {
            badId.forEach(v -> violations.add(v.forField("legalRepresentativeIdNumber")));
        }
        BigDecimal capital = capital(in.registeredCapital(), violations);
        LocalDate established = established(in.establishedOn(), violations);
        String authority = text(in.registrationAuthority(), "registrationAuthority", MAX_NAME, violations);
        DivisionCode domicile = PersonRules.division(in.domicileDivision(), "domicileDivision", divisions, violations);
        String address = PersonRules.address(in.domicileAddress(), "domicileAddress", true, violations);
        String scope = in.businessScope() == null || in.businessScope().isBlank() ? null : in.businessScope().strip();
        if (scope != null && scope.length() > MAX_SCOPE) {
            violations.add(RuleViolation.of("businessScope", "registry.business-scope.length", MAX_SCOPE));
        }
        EntityStatus status = status(in.status(), violations);
        if (!violations.isEmpty()) {
            return null;
        }
        return new EntityRecord(code, name, type, representative, capital, established, authority, domicile, address,
                scope, status);
    }

    private static String text(String input, String field, int max, List<RuleViolation> violations) {
        if (!PersonRules.required(input, field, violations)) {
            return null;
        }
        String text = input.strip();
        if (text.length() > max) {
            violations.add(RuleViolation.of(field, "registry.text.length", max));
        }
        return text;
    }

    private static EntityType type(String input, List<RuleViolation> violations) {
        try {
            return EntityType.valueOf(input.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            violations.add(RuleViolation.of("type", "registry.entity-type.unknown", input));
            return null;
        }
    }

    private static BigDecimal capital(String input, List<RuleViolation> violations) {
        if (!PersonRules.required(input, "registeredCapital", violations)) {
            return null;
        }
        BigDecimal capital;
        try {
            capital = new BigDecimal(input.strip());
        } catch (NumberFormatException e) {
            violations.add(RuleViolation.of("registeredCapital", "registry.capital.format", input));
            return null;
        }
        if (capital.signum() < 0 || capital.compareTo(MAX_CAPITAL) > 0) {
            violations.add(RuleViolation.of("registeredCapital", "registry.capital.range"));
        } else if (capital.stripTrailingZeros().scale() > 2) {
            violations.add(RuleViolation.of("registeredCapital", "registry.capital.fen"));
        } else {
            return capital.setScale(2, RoundingMode.UNNECESSARY);
        }
        return null;
    }

    private static LocalDate established(String input, List<RuleViolation> violations) {
        if (!PersonRules.required(input, "establishedOn", violations)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(input.strip());
            if (date.isAfter(LocalDate.now(ZONE))) {
                violations.add(RuleViolation.of("establishedOn", "registry.established.future", date.toString()));
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(RuleViolation.of("establishedOn", "request.date", input));
            return null;
        }
    }

    private static EntityStatus status(String input, List<RuleViolation> violations) {
        if (input == null || input.isBlank()) {
            return EntityStatus.SUBSISTING;
        }
        try {
            return EntityStatus.valueOf(input.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            violations.add(RuleViolation.of("status", "registry.status.unknown", input));
            return null;
        }
    }
}
