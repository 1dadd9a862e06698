package org.yiwang.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw baseline of the person lookup: what the query API does at the database, done with plain JDBC and nothing
 * else: in one transaction, read a person's row by blind index and insert one data-use row (same columns and
 * indexes as {@code registry.data_use}, no hash chain), commit. Driven by the same {@link ClientLoop} as
 * {@link LookupLoad}: {@code clients} threads, each on its own connection, closed or paced alike.
 *
 * <pre>
 * javac -d jc -cp postgresql.jar src/bench/java/org/yiwang/bench/{ClientLoop,LookupBaseline}.java
 * java -cp jc:postgresql.jar org.yiwang.bench.LookupBaseline jdbc:postgresql://localhost:54381/yiwang 50 60 [rate]
 * </pre>
 */
public final class LookupBaseline {

    private LookupBaseline() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int clients = Integer.parseInt(args[1]);
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
        ClientLoop.run("JDBC lookup+insert", () -> new Lookup(url, indexes), clients, seconds, rate);
    }

    /** One client: its own connection and statements, one transaction per lookup. */
    private static final class Lookup implements ClientLoop.Client {

        private final List<String> indexes;
        private final Connection db;
        private final PreparedStatement read;
        private final PreparedStatement use;

        Lookup(String url, List<String> indexes) throws Exception {
            this.indexes = indexes;
            this.db = DriverManager.getConnection(url, "postgres", "");
            this.read = db.prepareStatement("select * from registry.person where id_number_index = ?");
            this.use = db.prepareStatement("""
                    insert into bench.data_use (used_at, account, department_id, purpose, subject_kind,
                        subject_index, fields, message_id)
                    values (?, 'officer', 1, 'benchmark', 'PERSON', ?, 'idNumber,name,phone', gen_random_uuid())""");
            db.setAutoCommit(false);
        }

        @Override
        public boolean call() throws Exception {
            String index = indexes.get(ThreadLocalRandom.current().nextInt(indexes.size()));
            read.setString(1, index);
            boolean found;
            try (ResultSet rs = read.executeQuery()) {
                found = rs.next();
            }
            use.setTimestamp(1, Timestamp.from(Instant.now()));
            use.setString(2, index);
            use.executeUpdate();
            db.commit();
            return found;
        }

        @Override
        public void close() throws Exception {
            db.close();
        }
    }
}
