package org.yiwang.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yiwang.audit.AuditChain;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.audit.ChainVerification;
import org.yiwang.support.PlatformTest;

@PlatformTest
class AuditSealingIT {

    @Autowired AuditTrail trail;
    @Autowired AuditChain chain;
    @Autowired AuditSealer sealer;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void records_written_from_many_threads_are_sealed_into_one_gapless_chain() throws Exception {
        String marker = "sealing-" + UUID.randomUUID();
        int threads = 12;
        int each = 60;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "writer-" + t;
                writers.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < each; i++) {
                        trail.recordAs(actor, "test.sealing.write", marker, AuditOutcome.SUCCESS, Integer.toString(i));
                    }
                    return null;
                }));
            }
            for (Future<Void> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        ChainVerification verification = chain.verify();

        assertThat(verification.intact()).isTrue();
        var seqs = jdbc.queryForList("select seq from audit.audit_record where target = ? order by seq", Long.class,
                marker);
        assertThat(seqs).hasSize(threads * each).doesNotContainNull().doesNotHaveDuplicates();
        var whole = jdbc.queryForMap("select count(*) as sealed, min(seq) as first, max(seq) as last "
                + "from audit.audit_record where seq is not null");
        assertThat(((Number) whole.get("first")).longValue()).isEqualTo(1);
        assertThat(((Number) whole.get("last")).longValue()).isEqualTo(((Number) whole.get("sealed")).longValue());
        assertThat(verification.recordsChecked()).isGreaterThanOrEqualTo(threads * each);
    }

    @Test
    void a_record_changed_after_sealing_breaks_the_chain_at_that_record() {
        String marker = "sealed-tamper-" + UUID.randomUUID();
        trail.recordAs("tester", "test.sealing.tamper", marker, AuditOutcome.SUCCESS, "original");
        sealer.sealAll();
        long seq = jdbc.queryForObject("select seq from audit.audit_record where target = ?", Long.class, marker);

        asIntruder("update audit.audit_record set detail = 'forged' where seq = " + seq);
        try {
            ChainVerification verification = chain.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.reason()).isEqualTo("content-changed");
        } finally {
            asIntruder("update audit.audit_record set detail = 'original' where seq = " + seq);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void a_sealed_record_cannot_be_sealed_again() {
        String marker = "sealed-twice-" + UUID.randomUUID();
        trail.recordAs("tester", "test.sealing.twice", marker, AuditOutcome.SUCCESS, null);
        sealer.sealAll();

        assertThatThrownBy(() -> jdbc.update("update audit.audit_record set hash = repeat('1', 64) where target = ?",
                marker)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update audit.audit_record set seq = null, previous_hash = null, "
                + "hash = null where target = ?", marker)).hasMessageContaining("append-only");
    }

    @Test
    void an_unsealed_record_cannot_be_altered_or_removed_and_is_sealed_once_the_sealer_runs() throws Exception {
        String marker = "unsealed-" + UUID.randomUUID();
        try (Connection holder = dataSource.getConnection(); var lock = holder.createStatement()) {
            // while this session holds the chain's lock no sealer can link anything
            lock.execute("select pg_advisory_lock(" + AuditSealer.LOCK + ")");
            try {
                trail.recordAs("tester", "test.sealing.unsealed", marker, AuditOutcome.SUCCESS, "as written");
                assertThat(jdbc.queryForObject("select seq is null and hash is null from audit.audit_record "
                        + "where target = ?", Boolean.class, marker)).isTrue();

                assertThatThrownBy(() -> jdbc.update("update audit.audit_record set detail = 'rewritten' "
                        + "where target = ?", marker)).hasMessageContaining("append-only");
                assertThatThrownBy(() -> jdbc.update("update audit.audit_record set detail = 'rewritten', seq = -1, "
                        + "previous_hash = repeat('0', 64), hash = repeat('0', 64) where target = ?", marker))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> jdbc.update("delete from audit.audit_record where target = ?", marker))
                        .hasMessageContaining("append-only");
            } finally {
                lock.execute("select pg_advisory_unlock(" + AuditSealer.LOCK + ")");
            }
        }

        assertThat(chain.verify().intact()).isTrue();
        var sealed = jdbc.queryForMap("select seq, detail from audit.audit_record where target = ?", marker);
        assertThat(sealed.get("seq")).isNotNull();
        assertThat(sealed.get("detail")).isEqualTo("as written");
    }

    /** What an intruder with database superuser rights could do: switch the triggers off and rewrite a row. */
    private void asIntruder(String sql) {
        jdbc.execute((Connection c) -> {
            try (var s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
                s.executeUpdate(sql);
                s.execute("set session_replication_role = origin");
            }
            return null;
        });
    }
}
