package org.yiwang.registry;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Many legal entities were registered or changed at once, by a bulk import: one event for up to
 * {@link #MAX_ENTITIES} entities that share the same changed fields, instead of one {@link EntityChanged} each.
 *
 * @param creditCodes the entities' credit codes, in the order of {@code entityIds}
 * @param changedFields names as in {@link EntityRecord#fields()}, the same for every entity of the batch
 */
public record EntitiesChanged(List<EntityId> entityIds, List<String> creditCodes, Set<String> changedFields,
        Instant at) {

    /** The most entities one event names. */
    public static final int MAX_ENTITIES = 10_000;

    public EntitiesChanged {
        entityIds = List.copyOf(entityIds);
        creditCodes = List.copyOf(creditCodes);
        changedFields = Set.copyOf(changedFields);
        if (entityIds.isEmpty() || entityIds.size() > MAX_ENTITIES || creditCodes.size() != entityIds.size()) {
            throw new IllegalArgumentException("a batch names 1 to " + MAX_ENTITIES + " entities, each with its code");
        }
    }
}
