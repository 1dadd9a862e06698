package org.yiwang.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.ChainSealer;
import org.yiwang.crypto.CryptoService;

/** Seals the audit trail: links committed audit records into its SM3 chain (see {@link ChainSealer}). */
@Component
class AuditSealer {

    /** Advisory lock key of the audit chain ("YWAUDIT"): one sealer at a time links audit records. */
    static final long LOCK = 0x59_57_41_55_44_49_54L;

    private final ChainSealer<Unsealed> sealer;

    AuditSealer(DataSource dataSource, CryptoService crypto, PlatformTransactionManager transactions) {
        this.sealer = new ChainSealer<>(LOCK, "audit.audit_record", "audit.chain_head",
                "id, recorded_at, actor, action, target, outcome, client_address, detail", AuditSealer::unsealed,
                Unsealed::id, (record, seq, previous) -> ChainHash.of(crypto, seq, record.recordedAt(), record.actor(),
                        record.action(), record.target(), record.outcome(), record.clientAddress(), record.detail(),
                        previous),
                dataSource, transactions);
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

    private record Unsealed(long id, Instant recordedAt, String actor, String action, String target,
            AuditOutcome outcome, String clientAddress, String detail) {
    }

    private static Unsealed unsealed(ResultSet rs, int row) throws SQLException {
        return new Unsealed(rs.getLong("id"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("client_address"), rs.getString("detail"));
    }
}
