package org.yiwang.registry.internal;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.DataUse;

/**
 * Links committed, unsealed data-use records into the SM3 chain, oldest id first, a batch at a time. One sealer
 * works at a time across every node (a transaction-scoped advisory lock); readers never wait for it. The audit
 * module's {@code SealingSchedule} turns the periodic run on.
 */
@Component
class DataUseSealer {

    /** Advisory lock key of the data-use chain ("YWDTUSE"): one sealer at a time links data-use records. */
    static final long LOCK = 0x59_57_44_54_55_53_45L;
    static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final CryptoService crypto;
    private final TransactionTemplate ownTransaction;

    DataUseSealer(DataSource dataSource, CryptoService crypto, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.crypto = crypto;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The periodic run: batch after batch until it catches up, skipped when another sealer holds the lock. */
    @Scheduled(fixedDelayString = "${yiwang.chain.seal-interval-ms:200}")
    void sealWaiting() {
        int batch;
        do {
            batch = ownTransaction.execute(status -> sealBatch(false));
        } while (batch == BATCH);
    }

    /** Seals until no committed record is left waiting, queueing behind a sealer that is already at work. */
    long sealAll() {
        long sealed = 0;
        int batch;
        do {
            batch = ownTransaction.execute(status -> sealBatch(true));
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    private int sealBatch(boolean wait) {
        if (wait) {
            jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK);
        } else if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
            return 0;
        }
        List<DataUse> waiting = jdbc.query("select * from registry.data_use where seq is null order by id limit ?",
                DataUseChain::map, BATCH);
        if (waiting.isEmpty()) {
            return 0;
        }
        var head = jdbc.queryForMap("select seq, hash from registry.data_use_head where id = 1 for update");
        long seq = ((Number) head.get("seq")).longValue();
        String previous = (String) head.get("hash");
        List<Object[]> links = new ArrayList<>(waiting.size());
        for (DataUse use : waiting) {
            seq++;
            String hash = DataUseHash.of(crypto, use, seq, previous);
            links.add(new Object[] {seq, previous, hash, use.id()});
            previous = hash;
        }
        int[] updated = jdbc.batchUpdate("""
                update registry.data_use set seq = ?, previous_hash = ?, hash = ? where id = ? and seq is null""", links);
        for (int count : updated) {
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("a data-use record was sealed outside the sealer's lock");
            }
        }
        jdbc.update("update registry.data_use_head set seq = ?, hash = ? where id = 1", seq, previous);
        return waiting.size();
    }
}
