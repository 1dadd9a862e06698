package org.yiwang.registry.internal.geo;

import java.math.BigDecimal;

/** A parcel whose every field has passed {@link ParcelRules}: ready to be written. */
record ValidParcel(String code, HolderKind holderKind, long holderId, String landUse, BigDecimal area,
        String divisionCode, ParcelBoundary boundary) {
}
