package org.yiwang.registry.internal.geo;

/** Who holds the rights to a parcel: a person of the population register or an entity of the legal-entity register. */
enum HolderKind {
    PERSON, LEGAL_ENTITY
}
