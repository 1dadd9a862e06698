package org.yiwang.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submitting applications end to end over HTTP: the JSON form is checked against the item's definition, the
 * materials are looked up, the application row, its history line, the Flowable process instance with its first
 * step and deadline, the audit record and the event publication are written in one transaction. {@code load.users}
 * citizens (default 50) register and sign in once, upload one PDF, then each files 出生一件事 for a new newborn
 * again and again for {@code load.seconds} (default 60): a closed model with that many requests in flight.
 *
 * <p>Beside it, the raw baseline of the same PostgreSQL: before the HTTP run, as many threads as users insert a
 * row of the same shape (number, JSON form) into a scratch table for the same time, one autocommit insert each;
 * the throughput and p99 are printed and written to {@code target/gatling/plain-insert-baseline.txt}. The
 * platform must start its embedded PostgreSQL on a known port for that:
 * {@code --yiwang.embedded-postgres.port=54382}, and {@code load.jdbcUrl} names it.
 */
public class SubmitApplicationSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    private static final String JDBC_URL = System.getProperty("load.jdbcUrl",
            "jdbc:postgresql://localhost:54382/yiwang?user=postgres");
    private static final String PASSWORD = "Load-test-2026!";
    private static final String DIGITS = "零一二三四五六七八九";
    private static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000L));

    private final HttpProtocolBuilder platform = http.baseUrl(BASE_URL)
            .acceptHeader("application/json").acceptLanguageHeader("zh-CN,zh;q=0.9")
            .userAgentHeader("yiwang-load (Gatling)")
            .warmUp(BASE_URL + "/actuator/health");

    {
        setUp(scenario("citizens filing 出生一件事, " + USERS + " users")
                .exec(session -> session.set("idNumber", idNumber()))
                .exec(http("register citizen").post("/api/v1/identity/citizens")
                        .body(StringBody("{\"idNumber\":\"#{idNumber}\",\"name\":\"压测居民\",\"phone\":\"13800001234\","
                                + "\"password\":\"" + PASSWORD + "\"}")).asJson()
                        .check(status().is(201)))
                .exec(http("sign in").post("/api/v1/auth/login")
                        .body(StringBody("{\"login\":\"#{idNumber}\",\"password\":\"" + PASSWORD + "\"}")).asJson()
                        .check(status().is(200), jsonPath("$.status").is("SIGNED_IN")))
                .exec(http("upload material").post("/api/v1/services/materials")
                        .bodyPart(ByteArrayBodyPart("file", session -> pdf()).fileName("scan.pdf")
                                .contentType("application/pdf"))
                        .asMultipartForm()
                        .check(status().is(201), jsonPath("$.digest").saveAs("digest")))
                .exitHereIfFailed()
                .during(PHASE).on(exec(session -> session.set("baby", babyName()).set("certificate",
                                String.format("P%09d", SERIAL.incrementAndGet() % 1_000_000_000L)))
                        .exec(http("POST /api/v1/services/applications").post("/api/v1/services/applications")
                                .body(StringBody("""
                                        {"itemCode":"XH-CSYJS-003","consent":false,
                                         "form":{"babyName":"#{baby}","babySex":"女","birthDate":"2026-11-01",
                                                 "certificateNumber":"#{certificate}","parentName":"压测居民",
                                                 "parentIdNumber":"#{idNumber}","householdAddress":"杭州市西湖区文三路 9 号"},
                                         "materials":{"birthCertificate":"#{digest}","parentIdentity":"#{digest}"}}"""))
                                .asJson()
                                .check(status().is(201), jsonPath("$.number").exists())))
                .injectOpen(atOnceUsers(USERS)))
                .protocols(platform)
                .maxDuration(PHASE.plusMinutes(3))
                .assertions(details("POST /api/v1/services/applications").failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        try {
            String report = plainInsertBaseline();
            System.out.println(report);
            java.nio.file.Path out = java.nio.file.Path.of("target", "gatling", "plain-insert-baseline.txt");
            java.nio.file.Files.createDirectories(out.getParent());
            java.nio.file.Files.writeString(out, report);
        } catch (Exception e) {
            throw new IllegalStateException("the plain-insert baseline failed", e);
        }
    }

    /** {@code USERS} threads, each inserting one row per autocommit transaction for the length of the phase. */
    private static String plainInsertBaseline() throws Exception {
        try (Connection c = DriverManager.getConnection(JDBC_URL); Statement s = c.createStatement()) {
            s.execute("create schema if not exists load_baseline");
            s.execute("drop table if exists load_baseline.application");
            s.execute("create table load_baseline.application (id bigserial primary key, number text not null unique,"
                    + " form jsonb not null, submitted_at timestamptz not null default now())");
        }
        long end = System.nanoTime() + PHASE.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<long[]>> results = new ArrayList<>();
        AtomicLong numbers = new AtomicLong();
        for (int t = 0; t < USERS; t++) {
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                try (Connection c = DriverManager.getConnection(JDBC_URL);
                        PreparedStatement insert = c.prepareStatement(
                                "insert into load_baseline.application (number, form) values (?, cast(? as jsonb))")) {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        insert.setString(1, "BASE" + numbers.incrementAndGet());
                        insert.setString(2, "{\"babyName\":\"" + babyName() + "\",\"babySex\":\"女\","
                                + "\"birthDate\":\"2026-11-01\",\"householdAddress\":\"杭州市西湖区文三路 9 号\"}");
                        insert.executeUpdate();
                        latencies.add(System.nanoTime() - start);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return latencies.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            Arrays.stream(f.get()).forEach(all::add);
        }
        pool.shutdown();
        try (Connection c = DriverManager.getConnection(JDBC_URL); Statement s = c.createStatement()) {
            s.execute("drop schema load_baseline cascade");
        }
        all.sort(Long::compare);
        double seconds = PHASE.toMillis() / 1000.0;
        return String.format("plain-insert baseline: %d threads, %.0f s, %d inserts, %.1f inserts/s, "
                        + "p50 %.2f ms, p99 %.2f ms, max %.2f ms", USERS, seconds, all.size(), all.size() / seconds,
                percentile(all, 0.50), percentile(all, 0.99), all.get(all.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** A unique newborn name in Chinese characters: 宝 followed by the serial in Chinese digits. */
    private static String babyName() {
        StringBuilder name = new StringBuilder("宝");
        for (char c : Long.toString(SERIAL.incrementAndGet()).toCharArray()) {
            name.append(DIGITS.charAt(c - '0'));
        }
        return name.toString();
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n% load material " + SERIAL.incrementAndGet() + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A synthetic citizen ID number of 西湖区 with a valid GB 11643 check character. The sequence runs 001–999:
     * 000 is not issued, and the platform refuses it with a 422 at registration.
     */
    private static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = String.format("330106%04d%02d%02d%03d", 1960 + random.nextInt(40), 1 + random.nextInt(12),
                1 + random.nextInt(28), 1 + random.nextInt(999));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
