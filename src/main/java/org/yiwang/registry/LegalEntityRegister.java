package org.yiwang.registry;

import java.util.Optional;
import java.util.Set;
import org.yiwang.common.CreditCode;

/**
 * Writes to the legal-entity register (法人库), with the same all-or-nothing guarantee as
 * {@link PopulationRegister}: row, history, audit record and {@link EntityChanged} event together.
 */
public interface LegalEntityRegister {

    /**
     * @throws org.yiwang.common.RuleViolationException 422 for broken rules or a legal representative who is
     *         not in the population register, 409 when the credit code is already registered
     */
    EntityId register(EntityInput input, ChangeSource source);

    /** @return the changed fields; empty, with nothing written, when nothing changed */
    Set<String> update(EntityId id, EntityInput input, ChangeSource source);

    Optional<EntityId> find(CreditCode creditCode);
}
