package org.yiwang.registry;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;

/**
 * Register records in the clear for a module that delivers them under its own rules (the exchange gateway).
 * Looking a record up is not yet a use of it: whoever hands the values to anyone appends one
 * {@link DataUseEntry} per subject to the {@link DataUseLog} in the same transaction.
 */
public interface RegisterRecords {

    /** The people the population register holds among these ID numbers; the others are simply absent. */
    Map<IdNumber, PersonRecord> persons(Collection<IdNumber> idNumbers);

    Optional<PersonRecord> person(PersonId id);

    /** The entities the legal-entity register holds among these credit codes. */
    Map<CreditCode, EntityRecord> entities(Collection<CreditCode> creditCodes);
}
