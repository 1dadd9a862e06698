package org.yiwang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.registry.DataUse;
import org.yiwang.registry.SubjectKind;
import org.yiwang.support.PlatformTest;

/**
 * More readers at once than the pool has connections, each holding one in its transaction while it waits for its
 * data-use record: the group writer has a connection of its own, every record is written once, in one unbroken chain.
 */
@PlatformTest
class DataUseGroupCommitIT {

    static final int READERS = 64;

    @Autowired DataUseChain chain;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void concurrent_readers_holding_every_pooled_connection_all_get_their_record_in_one_chain() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String subject = "f".repeat(63) + "0";
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Callable<DataUse>> reads = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            String purpose = "并发核对 " + i;
            reads.add(() -> transaction.execute(status -> {
                jdbc.sql("select 1").query(Integer.class).single();
                return chain.append(new DataUseChain.Use("group-commit-test", null, purpose, SubjectKind.PERSON,
                        subject, List.of("name"), UUID.randomUUID()));
            }));
        }
        List<Long> seqs = new ArrayList<>();
        for (Future<DataUse> read : readers.invokeAll(reads)) {
            seqs.add(read.get().seq());
        }
        readers.shutdown();
        assertThat(seqs).doesNotHaveDuplicates().hasSize(READERS);
        assertThat(jdbc.sql("select count(*) from registry.data_use where account = 'group-commit-test'")
                .query(Long.class).single()).isEqualTo(READERS);
        assertThat(chain.verify().intact()).isTrue();
    }
}
