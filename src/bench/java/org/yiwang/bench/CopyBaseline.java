package org.yiwang.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The raw baseline of the bulk import: plain PostgreSQL {@code COPY} of a people CSV file into an unindexed table of
 * text columns, nothing checked, nothing encrypted. Needs only the JDK and the PostgreSQL driver, so it runs as a
 * single source file:
 *
 * <pre>
 * java -cp "$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)" \
 *     src/bench/java/org/yiwang/bench/CopyBaseline.java jdbc:postgresql://localhost:54381/yiwang people.csv
 * </pre>
 *
 * Prints one line: rows, seconds, rows per second. The table {@code bench.people_copy} is emptied first.
 */
public final class CopyBaseline {

    private CopyBaseline() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path file = Path.of(args[1]);
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            try (Statement sql = db.createStatement()) {
                sql.execute("create schema if not exists bench");
                sql.execute("""
                        create table if not exists bench.people_copy (id_number text, name text, sex text,
                            birth_date text, ethnicity text, household_division text, household_address text,
                            current_address text, phone text, marital_status text, status text)""");
                sql.execute("truncate bench.people_copy");
            }
            long start = System.nanoTime();
            long rows;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                rows = db.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench.people_copy from stdin (format csv, header true)", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("COPY %d rows in %.2f s: %.0f rows/s%n", rows, seconds, rows / seconds);
        }
    }
}
