package org.yiwang.registry;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Many people were registered or changed at once, by a bulk import: one event for up to {@link #MAX_PEOPLE} people
 * who share the same changed fields, instead of one {@link PersonChanged} each. A single change still publishes
 * {@link PersonChanged}; a listener that cares about every change listens to both. Carries no clear personal data.
 *
 * @param changedFields names as in {@link PersonRecord#fields()}, the same for every person of the batch
 */
public record PersonsChanged(List<PersonId> personIds, Set<String> changedFields, Instant at) {

    /** The most people one event names. */
    public static final int MAX_PEOPLE = 10_000;

    public PersonsChanged {
        personIds = List.copyOf(personIds);
        changedFields = Set.copyOf(changedFields);
        if (personIds.isEmpty() || personIds.size() > MAX_PEOPLE) {
            throw new IllegalArgumentException("a batch names 1 to " + MAX_PEOPLE + " people, not " + personIds.size());
        }
    }
}
