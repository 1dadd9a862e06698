package org.yiwang.registry;

/** A legal entity's id in the legal-entity register. */
public record EntityId(long value) {
}
