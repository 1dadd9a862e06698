package org.yiwang.registry;

/** A person's id in the population register. */
public record PersonId(long value) {
}
