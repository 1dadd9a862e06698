package org.yiwang.registry;

import java.util.Optional;
import java.util.Set;
import org.yiwang.common.IdNumber;

/**
 * Writes to the population register (人口库). Each change is checked in full first; then, in one
 * transaction, the row, its history entry, an audit record and a {@link PersonChanged} event are written
 * together, or nothing is.
 */
public interface PopulationRegister {

    /**
     * Registers a new person.
     *
     * @throws org.yiwang.common.RuleViolationException with status 422 naming every broken rule, or 409 when
     *         the ID number is already registered
     */
    PersonId register(PersonInput input, ChangeSource source);

    /**
     * Replaces a person's values. Nothing is written when nothing changed.
     *
     * @return the names of the changed fields, empty when the values were already the same
     * @throws org.yiwang.common.RuleViolationException 404 for an unknown person, 409 when the new ID number
     *         belongs to someone else, 422 for broken rules
     */
    Set<String> update(PersonId id, PersonInput input, ChangeSource source);

    /** The person registered under this ID number, without reading his record (which needs a purpose). */
    Optional<PersonId> find(IdNumber idNumber);
}
