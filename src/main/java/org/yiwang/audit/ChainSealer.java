package org.yiwang.audit;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed, unsealed records of one hash-chained log into its SM3 chain, oldest id first, a batch at a
 * time. Writers only insert a record with {@code seq}, {@code previous_hash} and {@code hash} empty; one sealer
 * at a time across every node (a transaction-scoped advisory lock) gives each the next sequence number, the hash
 * of the one before and its own hash, and moves the chain's head row (columns {@code seq}, {@code hash}, row
 * {@code id = 1}). Used by the audit trail and by the registry's data-use log; see docs/sealed-logs.md.
 *
 * @param <R> a record as read for hashing
 */
public final class ChainSealer<R> {

    /** How many records one transaction seals at most. */
    public static final int BATCH = 2000;

    /** The hash of a record at its place in the chain. */
    @FunctionalInterface
    public interface LinkHash<R> {
        String of(R record, long seq, String previousHash);
    }

    private final long lock;
    private final String recordTable;
    private final String headTable;
    private final String selectWaiting;
    private final RowMapper<R> reader;
    private final ToLongFunction<R> idOf;
    private final LinkHash<R> hash;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    /**
     * @param lock          the advisory lock key of this chain
     * @param recordTable   the log's table (with {@code id}, {@code seq}, {@code previous_hash}, {@code hash})
     * @param headTable     the table holding the chain's head row
     * @param columns       what {@code reader} reads of a record, {@code id} included
     */
    public ChainSealer(long lock, String recordTable, String headTable, String columns, RowMapper<R> reader,
            ToLongFunction<R> idOf, LinkHash<R> hash, DataSource dataSource, PlatformTransactionManager transactions) {
        this.lock = lock;
        this.recordTable = recordTable;
        this.headTable = headTable;
        this.selectWaiting = "select " + columns + " from " + recordTable + " where seq is null order by id limit ?";
        this.reader = reader;
        this.idOf = idOf;
        this.hash = hash;
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The periodic run: batch after batch until it catches up, skipped when another sealer holds the lock. */
    public void sealWaiting() {
        int batch;
        do {
            batch = ownTransaction.execute(status -> sealBatch(false));
        } while (batch == BATCH);
    }

    /** Seals until no committed record is left waiting, queueing behind a sealer that is already at work. */
    public long sealAll() {
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
            jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, lock);
        } else if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, lock))) {
            return 0;
        }
        List<R> waiting = jdbc.query(selectWaiting, reader, BATCH);
        if (waiting.isEmpty()) {
            return 0;
        }
        var head = jdbc.queryForMap("select seq, hash from " + headTable + " where id = 1 for update");
        long seq = ((Number) head.get("seq")).longValue();
        String previous = (String) head.get("hash");
        List<Object[]> links = new ArrayList<>(waiting.size());
        for (R record : waiting) {
            seq++;
            String linked = hash.of(record, seq, previous);
            links.add(new Object[] {seq, previous, linked, idOf.applyAsLong(record)});
            previous = linked;
        }
        int[] updated = jdbc.batchUpdate("update " + recordTable
                + " set seq = ?, previous_hash = ?, hash = ? where id = ? and seq is null", links);
        for (int count : updated) {
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("a record of " + recordTable + " was sealed outside the sealer's lock");
            }
        }
        jdbc.update("update " + headTable + " set seq = ?, hash = ? where id = 1", seq, previous);
        return waiting.size();
    }
}
