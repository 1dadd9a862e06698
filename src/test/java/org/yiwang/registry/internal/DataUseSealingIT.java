package org.yiwang.registry.internal;

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
import org.yiwang.audit.ChainVerification;
import org.yiwang.registry.DataUse;
import org.yiwang.registry.DataUseChannel;
import org.yiwang.registry.DataUseEntry;
import org.yiwang.registry.DataUseLog;
import org.yiwang.registry.SubjectKind;
import org.yiwang.support.PlatformTest;

@PlatformTest
class DataUseSealingIT {

    @Autowired DataUseLog log;
    @Autowired DataUseSealer sealer;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void uses_written_from_many_threads_are_sealed_into_one_gapless_chain() throws Exception {
        String purpose = "并发核验-" + UUID.randomUUID();
        int threads = 12;
        int each = 60;
        var pool = Executors.newFixedThreadPool(threads);
        List<DataUse> written = new ArrayList<>();
        try {
            List<Future<List<DataUse>>> readers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                readers.add(pool.submit((Callable<List<DataUse>>) () -> {
                    List<DataUse> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(log.append(use(purpose)));
                    }
                    return mine;
                }));
            }
            for (Future<List<DataUse>> reader : readers) {
                written.addAll(reader.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(written).allSatisfy(use -> assertThat(use.seq()).isNull());

        ChainVerification verification = log.verify();

        assertThat(verification.intact()).isTrue();
        var seqs = jdbc.queryForList("select seq from registry.data_use where purpose = ? order by seq", Long.class,
                purpose);
        assertThat(seqs).hasSize(threads * each).doesNotContainNull().doesNotHaveDuplicates();
        var whole = jdbc.queryForMap("select count(*) as sealed, min(seq) as first, max(seq) as last "
                + "from registry.data_use where seq is not null");
        assertThat(((Number) whole.get("first")).longValue()).isEqualTo(1);
        assertThat(((Number) whole.get("last")).longValue()).isEqualTo(((Number) whole.get("sealed")).longValue());
    }

    @Test
    void a_use_changed_after_sealing_breaks_the_chain_at_that_use() {
        DataUse use = log.append(use("核对户籍"));
        sealer.sealAll();
        long seq = jdbc.queryForObject("select seq from registry.data_use where id = ?", Long.class, use.id());

        asIntruder("update registry.data_use set purpose = '伪造的用途' where id = " + use.id());
        try {
            ChainVerification verification = log.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.reason()).isEqualTo("content-changed");
        } finally {
            asIntruder("update registry.data_use set purpose = '核对户籍' where id = " + use.id());
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void a_sealed_use_cannot_be_sealed_again() {
        DataUse use = log.append(use("核对婚姻状况"));
        sealer.sealAll();

        assertThatThrownBy(() -> jdbc.update("update registry.data_use set hash = repeat('1', 64) where id = ?",
                use.id())).hasMessageContaining("append-only");
    }

    @Test
    void an_unsealed_use_cannot_be_altered_or_removed_and_is_sealed_once_the_sealer_runs() throws Exception {
        DataUse use;
        try (Connection holder = dataSource.getConnection(); var lock = holder.createStatement()) {
            // while this session holds the chain's lock no sealer can link anything
            lock.execute("select pg_advisory_lock(" + DataUseSealer.LOCK + ")");
            try {
                use = log.append(use("核对住址"));
                assertThat(jdbc.queryForObject("select seq is null and hash is null from registry.data_use "
                        + "where id = ?", Boolean.class, use.id())).isTrue();
                assertThat(log.ofPersonIndex(use.subjectIndex())).singleElement()
                        .satisfies(listed -> assertThat(listed.seq()).isNull());

                assertThatThrownBy(() -> jdbc.update("update registry.data_use set purpose = '伪造的用途' "
                        + "where id = ?", use.id())).hasMessageContaining("append-only");
                assertThatThrownBy(() -> jdbc.update("update registry.data_use set fields = 'name', seq = -1, "
                        + "previous_hash = repeat('0', 64), hash = repeat('0', 64) where id = ?", use.id()))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> jdbc.update("delete from registry.data_use where id = ?", use.id()))
                        .hasMessageContaining("append-only");
            } finally {
                lock.execute("select pg_advisory_unlock(" + DataUseSealer.LOCK + ")");
            }
        }

        assertThat(log.verify().intact()).isTrue();
        assertThat(log.ofPersonIndex(use.subjectIndex())).singleElement().satisfies(sealed -> {
            assertThat(sealed.seq()).isNotNull();
            assertThat(sealed.hash()).isNotNull();
            assertThat(sealed.purpose()).isEqualTo("核对住址");
        });
    }

    private static DataUseEntry use(String purpose) {
        String subject = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return new DataUseEntry("tester#1", null, purpose, SubjectKind.PERSON, subject, List.of("name", "sex"),
                UUID.randomUUID(), DataUseChannel.GATEWAY, null, null);
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
