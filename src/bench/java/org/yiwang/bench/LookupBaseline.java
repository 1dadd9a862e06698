package org.yiwang.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw baseline of the person lookup: what the query API does at the database, done with plain JDBC and nothing
 * else: in one transaction, read a person's row by blind index and insert one data-use row (same columns and
 * indexes as {@code registry.data_use}, no hash chain), commit. {@code threads} clients for {@code seconds}, each on
 * its own connection. Runs as a single source file like {@link CopyBaseline}:
 *
 * <pre>
 * java -cp postgresql.jar src/bench/java/org/yiwang/bench/LookupBaseline.java jdbc:postgresql://localhost:54381/yiwang 50 60 [rate]
 * </pre>
 *
 * Without {@code rate}, a closed loop: each client starts its next operation as soon as the last one committed. With
 * {@code rate} (operations per second over all clients), paced exactly like {@link LookupLoad}: each client at fixed
 * times, latency counted from the time the operation was due. Prints throughput and latency percentiles in
 * milliseconds.
 */
public final class LookupBaseline {

    private LookupBaseline() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        List<String> indexes = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("create schema if not exists bench");
            sql.execute("""
                    create table if not exists bench.data_use (seq bigserial primary key, used_at timestamptz not null,
                        account text not null, department_id bigint, purpose text not null, subject_kind text not null,
                        subject_index char(64) not null, fields text not null, message_id uuid not null)""");
            sql.execute("create index if not exists data_use_subject on bench.data_use (subject_kind, subject_index, seq)");
            try (ResultSet rs = sql.executeQuery(
                    "select id_number_index from registry.person tablesample system (2) limit 20000")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
        }
        long start = System.nanoTime() + 500_000_000L;
        long deadline = start + seconds * 1_000_000_000L;
        long[][] latencies = new long[threads][];
        Thread[] clients = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int client = t;
            long period = rate > 0 ? (long) (threads * 1e9 / rate) : 0;
            long first = rate > 0 ? start + (long) (client * 1e9 / rate) : start;
            clients[t] = new Thread(() -> latencies[client] = run(url, indexes, first, period, deadline));
            clients[t].start();
        }
        for (Thread client : clients) {
            client.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("JDBC lookup+insert, %d clients, %s, %d s: %d ops, %.1f ops/s, p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%n", threads, rate > 0 ? "paced at " + rate + "/s" : "closed",
                seconds, all.length, all.length / (double) seconds, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99),
                all[all.length - 1] / 1e6);
    }

    private static long[] run(String url, List<String> indexes, long first, long period, long deadline) {
        long[] times = new long[1 << 16];
        int n = 0;
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement read = db.prepareStatement("select * from registry.person where id_number_index = ?");
                PreparedStatement use = db.prepareStatement("""
                        insert into bench.data_use (used_at, account, department_id, purpose, subject_kind,
                            subject_index, fields, message_id)
                        values (?, 'officer', 1, 'benchmark', 'PERSON', ?, 'idNumber,name,phone', gen_random_uuid())""")) {
            db.setAutoCommit(false);
            long due = first;
            while (true) {
                long now = System.nanoTime();
                if (period > 0) {
                    if (due >= deadline) {
                        break;
                    }
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                } else if (now >= deadline) {
                    break;
                }
                long start = period > 0 ? due : System.nanoTime();
                due += period;
                String index = indexes.get(ThreadLocalRandom.current().nextInt(indexes.size()));
                read.setString(1, index);
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no person " + index);
                    }
                }
                use.setTimestamp(1, Timestamp.from(Instant.now()));
                use.setString(2, index);
                use.executeUpdate();
                db.commit();
                if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                }
                times[n++] = System.nanoTime() - start;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Arrays.copyOf(times, n);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
