package org.yiwang.registry.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stored legal entity; the representative's ID number comes encrypted from his person row. */
record EntityRow(long id, String creditCode, String name, String type, long representativeId,
        String representativeIdNumberEnc, String representativeName, BigDecimal registeredCapital,
        LocalDate establishedOn, String registrationAuthority, String domicileDivision, String domicileAddress,
        String businessScope, String status, long suppliedBy, Instant changedAt, int version) {
}
