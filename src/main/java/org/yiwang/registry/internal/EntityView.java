package org.yiwang.registry.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A legal entity's record as one reader may see it. Most of it is public business information; the legal
 * representative's name and ID number are personal data and are masked without the full-view permission.
 */
record EntityView(long entityId, String creditCode, String name, String type, String legalRepresentativeName,
        String legalRepresentativeIdNumber, BigDecimal registeredCapital, LocalDate establishedOn,
        String registrationAuthority, String domicileDivision, String domicileDivisionName, String domicileAddress,
        String businessScope, String status, String suppliedBy, Instant changedAt, boolean masked, UUID messageId) {

    List<String> returnedFields() {
        List<String> fields = new ArrayList<>(List.of("creditCode", "name", "type"));
        fields.addAll(representativeFields());
        fields.addAll(List.of("registeredCapital", "establishedOn", "registrationAuthority", "domicileDivision",
                "domicileAddress"));
        if (businessScope != null) {
            fields.add("businessScope");
        }
        fields.add("status");
        return fields;
    }

    /** What this answer told about the legal representative, for his own data-use record. */
    List<String> representativeFields() {
        String suffix = masked ? ":masked" : "";
        return List.of("legalRepresentativeName" + suffix, "legalRepresentativeIdNumber" + suffix);
    }
}
