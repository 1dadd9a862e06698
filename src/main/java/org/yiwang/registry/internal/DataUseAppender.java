package org.yiwang.registry.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.DataUse;

/**
 * Group commit for the data-use chain. Every read appends a link under the lock of the chain head; taken in each
 * reader's own transaction, that lock made all reads wait in line for one another's commits. Here one writer takes
 * the records of all reads waiting at that moment, links them in order under one lock of the head, writes them in
 * one batch and commits once; each read gets its record back only after that commit, so the record is durable
 * before the answer leaves. The writer has a connection of its own, so that readers holding the pool's connections
 * can never starve it. A record is thus committed even if the reader's own transaction later fails: the log then
 * shows a read that was attempted, never misses one that was answered.
 */
@Component
class DataUseAppender {

    private static final int MAX_GROUP = 500;
    private static final long WAIT_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(DataUseAppender.class);

    private record Pending(DataUseChain.Use use, CompletableFuture<DataUse> written) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final DataSource dataSource;
    private final CryptoService crypto;
    private final Clock clock;
    private final Thread writer;
    private volatile boolean running = true;
    private Connection connection;

    DataUseAppender(DataSource dataSource, CryptoService crypto, Clock clock) {
        this.dataSource = dataSource;
        this.crypto = crypto;
        this.clock = clock;
        this.writer = new Thread(this::run, "data-use-chain");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Appends one record and waits until the group it went into is committed. */
    DataUse append(DataUseChain.Use use) {
        Pending pending = new Pending(use, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.written().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the data-use record was written", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the data-use record could not be written", e);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }

    private void run() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (running) {
            group.clear();
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
            } catch (InterruptedException e) {
                break;
            }
            try {
                List<DataUse> written = write(group);
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).written().complete(written.get(i));
                }
            } catch (SQLException | RuntimeException e) {
                log.error("A group of {} data-use records could not be written", group.size(), e);
                group.forEach(p -> p.written().completeExceptionally(e));
                reconnect();
            }
        }
        closeConnection();
    }

    private List<DataUse> write(List<Pending> group) throws SQLException {
        Connection db = connection();
        try {
            long last;
            String previous;
            try (PreparedStatement head = db.prepareStatement(
                    "update registry.data_use_head set seq = seq + ? where id = 1 returning seq, hash")) {
                head.setInt(1, group.size());
                try (ResultSet rs = head.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                    previous = rs.getString(2);
                }
            }
            long seq = last - group.size();
            Instant now = DataUseHash.storable(clock.instant());
            List<DataUse> written = new ArrayList<>(group.size());
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into registry.data_use (seq, used_at, account, department_id, purpose, subject_kind,
                        subject_index, fields, message_id, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Pending pending : group) {
                    DataUseChain.Use use = pending.use();
                    seq++;
                    String fields = String.join(",", use.fields());
                    String hash = DataUseHash.of(crypto, seq, now, use.account(), use.departmentId(), use.purpose(),
                            use.kind().name(), use.subjectIndex(), fields, use.messageId().toString(), previous);
                    insert.setLong(1, seq);
                    insert.setTimestamp(2, Timestamp.from(now));
                    insert.setString(3, use.account());
                    insert.setObject(4, use.departmentId());
                    insert.setString(5, use.purpose());
                    insert.setString(6, use.kind().name());
                    insert.setString(7, use.subjectIndex());
                    insert.setString(8, fields);
                    insert.setObject(9, use.messageId());
                    insert.setString(10, previous);
                    insert.setString(11, hash);
                    insert.addBatch();
                    written.add(new DataUse(seq, now, use.account(), use.departmentId(), use.purpose(), use.kind(),
                            use.subjectIndex(), use.fields(), use.messageId(), previous, hash));
                    previous = hash;
                }
                insert.executeBatch();
            }
            try (PreparedStatement head = db.prepareStatement(
                    "update registry.data_use_head set hash = ? where id = 1")) {
                head.setString(1, previous);
                head.executeUpdate();
            }
            db.commit();
            return written;
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the connection is replaced below
            }
            throw e;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    private void reconnect() {
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing the data-use writer's connection failed", e);
            }
            connection = null;
        }
    }
}
