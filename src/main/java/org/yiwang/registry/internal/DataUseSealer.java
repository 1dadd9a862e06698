package org.yiwang.registry.internal;

import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.yiwang.audit.ChainSealer;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.DataUse;

/**
 * Seals the data-use log: links committed data-use records into its SM3 chain (see {@link ChainSealer}); readers
 * never wait for it. The audit module's {@code SealingSchedule} turns the periodic run on.
 */
@Component
class DataUseSealer {

    /** Advisory lock key of the data-use chain ("YWDTUSE"): one sealer at a time links data-use records. */
    static final long LOCK = 0x59_57_44_54_55_53_45L;

    private final ChainSealer<DataUse> sealer;

    DataUseSealer(DataSource dataSource, CryptoService crypto, PlatformTransactionManager transactions) {
        this.sealer = new ChainSealer<>(LOCK, "registry.data_use", "registry.data_use_head", "*", DataUseChain::map,
                DataUse::id, (use, seq, previous) -> DataUseHash.of(crypto, use, seq, previous), dataSource,
                transactions);
    }

    /** The periodic run: batch after batch until it catches up, skipped when another sealer holds the lock. */
    @Scheduled(fixedDelayString = "${yiwang.chain.seal-interval-ms:200}")
    void sealWaiting() {
        sealer.sealWaiting();
    }

    /** Seals until no committed record is left waiting, queueing behind a sealer that is already at work. */
    long sealAll() {
        return sealer.sealAll();
    }
}
