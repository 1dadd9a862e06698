package org.yiwang.registry;

import java.time.Instant;
import java.util.Set;

/** A legal entity was registered or changed; {@code changedFields} names as in {@link EntityRecord#fields()}. */
public record EntityChanged(EntityId entityId, String creditCode, Set<String> changedFields, Instant at) {

    public EntityChanged {
        changedFields = Set.copyOf(changedFields);
    }
}
