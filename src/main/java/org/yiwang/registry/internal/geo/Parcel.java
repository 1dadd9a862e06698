package org.yiwang.registry.internal.geo;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.Instant;

/** A parcel as the register holds it; {@code boundary} is GeoJSON and is written into JSON answers as an object. */
record Parcel(String code, HolderKind holderKind, long holderId, String landUse, String landUseName,
        BigDecimal area, String divisionCode, @JsonRawValue String boundary, Instant updatedAt) {

    @JsonIgnore
    ParcelBoundary geometry() {
        return ParcelBoundary.parse(boundary);
    }
}
