package org.yiwang.registry;

import java.time.Instant;
import java.util.Set;

/**
 * A person was registered or changed. Carries no clear personal data: listeners that need values read them
 * through the register, with a purpose.
 *
 * @param idNumberIndex the blind index of the (new) ID number
 * @param changedFields names as in {@link PersonRecord#fields()}; every field for a new registration
 */
public record PersonChanged(PersonId personId, String idNumberIndex, Set<String> changedFields, Instant at) {

    public PersonChanged {
        changedFields = Set.copyOf(changedFields);
    }
}
