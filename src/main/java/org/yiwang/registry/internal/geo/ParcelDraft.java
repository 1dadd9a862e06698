package org.yiwang.registry.internal.geo;

/** A parcel as submitted, each field still text: what an API body or an import row carries. */
record ParcelDraft(String code, String holderKind, String holderId, String landUse, String area,
        String divisionCode, String boundary) {
}
