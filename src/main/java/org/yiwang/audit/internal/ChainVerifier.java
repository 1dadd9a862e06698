package org.yiwang.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.audit.AuditChain;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.audit.ChainVerification;
import org.yiwang.crypto.CryptoService;

/** Seals what is waiting, then walks the chain in order, streaming, and reports the first link that does not hold. */
@Component
class ChainVerifier implements AuditChain {

    private final JdbcTemplate jdbc;
    private final CryptoService crypto;
    private final AuditTrail trail;
    private final AuditSealer sealer;

    private final TransactionTemplate readOnly;

    ChainVerifier(DataSource dataSource, CryptoService crypto, AuditTrail trail, AuditSealer sealer,
            PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // one snapshot for the walk and the head, so that a sealing in between cannot look like a lost tail
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sealer = sealer;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.crypto = crypto;
        this.trail = trail;
    }

    /** An administrator's check of the chain is itself audited, after the walk so that it cannot disturb it. */
    ChainVerification verifyAndRecord() {
        ChainVerification result = verify();
        trail.record("audit.chain.verify", "audit-chain", result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                result.intact() ? result.recordsChecked() + " records intact"
                        : "first broken link " + result.firstBrokenSeq() + " (" + result.reason() + ")");
        return result;
    }

    /**
     * Seals every committed record first, so that the walk covers them all, then streams the chain inside a
     * read-only transaction, which PostgreSQL needs to fetch rows in batches.
     */
    @Override
    public ChainVerification verify() {
        sealer.sealAll();
        return readOnly.execute(status -> walk());
    }

    private ChainVerification walk() {
        var walk = new Walk();
        jdbc.query("""
                select seq, recorded_at, actor, action, target, outcome, client_address, detail, previous_hash, hash
                from audit.audit_record where seq is not null order by seq""", rs -> {
            if (walk.result.get() == null) {
                walk.check(rs);
            }
        });
        if (walk.result.get() != null) {
            return walk.result.get();
        }
        var head = jdbc.queryForMap("select seq, hash from audit.chain_head where id = 1");
        long headSeq = ((Number) head.get("seq")).longValue();
        if (headSeq != walk.lastSeq || !walk.lastHash.equals(head.get("hash"))) {
            return ChainVerification.broken(walk.checked, walk.lastSeq + 1, "tail-missing");
        }
        return ChainVerification.ok(walk.checked);
    }

    private final class Walk {
        final AtomicReference<ChainVerification> result = new AtomicReference<>();
        long checked;
        long lastSeq;
        String lastHash = "0".repeat(64);

        void check(ResultSet rs) throws SQLException {
            long seq = rs.getLong("seq");
            String previous = rs.getString("previous_hash");
            String stored = rs.getString("hash");
            String recomputed = ChainHash.of(crypto, seq, rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                    AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("client_address"),
                    rs.getString("detail"), previous);
            checked++;
            if (seq != lastSeq + 1) {
                result.set(ChainVerification.broken(checked, lastSeq + 1, "record-missing"));
            } else if (!previous.equals(lastHash)) {
                result.set(ChainVerification.broken(checked, seq, "link-broken"));
            } else if (!recomputed.equals(stored)) {
                result.set(ChainVerification.broken(checked, seq, "content-changed"));
            }
            lastSeq = seq;
            lastHash = stored;
        }
    }
}
