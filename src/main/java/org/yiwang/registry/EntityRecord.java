package org.yiwang.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;

/**
 * A legal entity's register values, already checked by {@link EntityRules}.
 *
 * @param registeredCapital yuan with scale 2 (fen-exact)
 * @param businessScope may be null
 */
public record EntityRecord(CreditCode creditCode, String name, EntityType type, IdNumber legalRepresentative,
        BigDecimal registeredCapital, LocalDate establishedOn, String registrationAuthority,
        DivisionCode domicileDivision, String domicileAddress, String businessScope, EntityStatus status) {

    public EntityRecord {
        Objects.requireNonNull(creditCode);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(legalRepresentative);
        Objects.requireNonNull(registeredCapital);
        Objects.requireNonNull(establishedOn);
        Objects.requireNonNull(registrationAuthority);
        Objects.requireNonNull(domicileDivision);
        Objects.requireNonNull(domicileAddress);
        Objects.requireNonNull(status);
    }

    /** The representative's ID number is personal data and never goes into the history in the clear. */
    public static final Set<String> SENSITIVE_FIELDS = Set.of("legalRepresentative");

    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("creditCode", creditCode.value());
        fields.put("name", name);
        fields.put("type", type.name());
        fields.put("legalRepresentative", legalRepresentative.value());
        fields.put("registeredCapital", registeredCapital.toPlainString());
        fields.put("establishedOn", establishedOn.toString());
        fields.put("registrationAuthority", registrationAuthority);
        fields.put("domicileDivision", domicileDivision.value());
        fields.put("domicileAddress", domicileAddress);
        fields.put("businessScope", businessScope);
        fields.put("status", status.name());
        return fields;
    }

    public Set<String> changedFrom(EntityRecord before) {
        Map<String, String> old = before.fields();
        Set<String> changed = new LinkedHashSet<>();
        fields().forEach((field, value) -> {
            if (!Objects.equals(value, old.get(field))) {
                changed.add(field);
            }
        });
        return changed;
    }
}
