package org.yiwang.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.crypto.CryptoService;

/**
 * Links committed, unsealed audit records into the SM3 chain, oldest id first, a batch at a time. One sealer
 * works at a time across every node (a transaction-scoped advisory lock); writers never wait for it.
 */
@Component
class AuditSealer {

    /** Advisory lock key of the audit chain ("YWAUDIT"): one sealer at a time links audit records. */
    static final long LOCK = 0x59_57_41_55_44_49_54L;
    static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final CryptoService crypto;
    private final TransactionTemplate ownTransaction;

    AuditSealer(DataSource dataSource, CryptoService crypto, PlatformTransactionManager transactions) {
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
        List<Unsealed> waiting = jdbc.query("""
                select id, recorded_at, actor, action, target, outcome, client_address, detail
                from audit.audit_record where seq is null order by id limit ?""", AuditSealer::unsealed, BATCH);
        if (waiting.isEmpty()) {
            return 0;
        }
        var head = jdbc.queryForMap("select seq, hash from audit.chain_head where id = 1 for update");
        long seq = ((Number) head.get("seq")).longValue();
        String previous = (String) head.get("hash");
        List<Object[]> links = new ArrayList<>(waiting.size());
        for (Unsealed record : waiting) {
            seq++;
            String hash = ChainHash.of(crypto, seq, record.recordedAt(), record.actor(), record.action(),
                    record.target(), record.outcome(), record.clientAddress(), record.detail(), previous);
            links.add(new Object[] {seq, previous, hash, record.id()});
            previous = hash;
        }
        int[] updated = jdbc.batchUpdate("""
                update audit.audit_record set seq = ?, previous_hash = ?, hash = ? where id = ? and seq is null""", links);
        for (int count : updated) {
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("an audit record was sealed outside the sealer's lock");
            }
        }
        jdbc.update("update audit.chain_head set seq = ?, hash = ? where id = 1", seq, previous);
        return waiting.size();
    }

    private record Unsealed(long id, Instant recordedAt, String actor, String action, String target,
            AuditOutcome outcome, String clientAddress, String detail) {
    }

    private static Unsealed unsealed(ResultSet rs, int row) throws SQLException {
        return new Unsealed(rs.getLong("id"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("client_address"), rs.getString("detail"));
    }
}
