package org.yiwang.registry;

import java.util.List;
import java.util.UUID;
import org.yiwang.audit.ChainVerification;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;

/**
 * Who read whose register record, why, and what they saw: an append-only log chained with SM3 like the
 * audit trail, so a citizen can be shown every use of his data and anyone can check that none was removed.
 * A use is written unsealed with its read and linked into the chain shortly after it commits.
 */
public interface DataUseLog {

    /** Every read of this person's record, newest first (the latest 500). */
    List<DataUse> ofPerson(IdNumber idNumber);

    /**
     * Every read of the person stored under this blind index (see {@link PersonCodec#index}), newest first
     * (the latest 500).
     */
    List<DataUse> ofPersonIndex(String idNumberIndex);

    /** Every read of this entity's record, newest first (the latest 500). */
    List<DataUse> ofEntity(CreditCode creditCode);

    /**
     * Appends a use of register data made elsewhere than the register's query API (e.g. by the exchange
     * gateway), inside the caller's transaction: if the delivery fails, the record goes with it.
     */
    DataUse append(DataUseEntry entry);

    /** The uses one message carried, in the order written: how an auditor goes from a message to its records. */
    List<DataUse> ofMessage(UUID messageId);

    /** Seals every committed use still waiting, then walks the whole chain and reports the first broken link. */
    ChainVerification verify();
}
