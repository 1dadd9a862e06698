package org.yiwang.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The load of the person lookup over HTTP, made as lean as {@link LookupBaseline} so that both sides of the
 * comparison spend the same client CPU on the same two cores: {@code GET /api/v1/registry/persons/{idNumber}
 * ?purpose=benchmark} by {@code clients} threads, each on its own kept-alive connection, all sharing one session of
 * a register officer signed in (password and TOTP) before the run. Every answer must be 200 and carry a name.
 *
 * <pre>
 * java src/bench/java/org/yiwang/bench/LookupLoad.java http://localhost:8091 ids.csv 50 60 [rate]
 * </pre>
 *
 * Without {@code rate}, a closed model: every client sends its next request as soon as the answer to the previous
 * one is in. With {@code rate} (requests per second over all clients), a paced model: client {@code i} sends at
 * fixed times, {@code clients / rate} seconds apart, shifted by {@code i / rate}; a request's latency is counted from
 * the time it was due, so a client that falls behind its schedule counts the delay too. {@code ids.csv} holds one ID
 * number per line (a header line is skipped). System properties: {@code login} (default {@code officer}), {@code
 * password} (default the demo password), {@code totpSecretFile} (where the officer's TOTP secret is kept after his
 * first sign-in, default {@code target/load-officer.totp}), {@code session} (a session cookie to use instead of
 * signing in: a TOTP code is accepted once, so runs less than 30 s apart share one). {@code --session} instead of
 * the load prints the session cookie of a fresh sign-in.
 */
public final class LookupLoad {

    private LookupLoad() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("http.maxConnections", "256");
        String base = args[0];
        String session = System.getProperty("session") != null ? System.getProperty("session")
                : signIn(base, System.getProperty("login", "officer"), System.getProperty("password", "Yiwang@2026"),
                        Path.of(System.getProperty("totpSecretFile", "target/load-officer.totp")));
        if (args[1].equals("--session")) {
            System.out.println(session);
            return;
        }
        List<String> ids = Files.readAllLines(Path.of(args[1])).stream().map(String::strip)
                .filter(line -> line.matches("[0-9]{17}[0-9X]")).toList();
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        double rate = args.length > 4 ? Double.parseDouble(args[4]) : 0;
        long start = System.nanoTime() + 200_000_000L;
        long deadline = start + seconds * 1_000_000_000L;
        AtomicLong failures = new AtomicLong();
        long[][] latencies = new long[clients][];
        Thread[] threads = new Thread[clients];
        for (int t = 0; t < clients; t++) {
            int client = t;
            long period = rate > 0 ? (long) (clients * 1e9 / rate) : 0;
            long first = rate > 0 ? start + (long) (client * 1e9 / rate) : start;
            threads[t] = new Thread(() -> latencies[client] =
                    run(base, session, ids, first, period, deadline, failures));
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("HTTP lookup, %d clients, %s, %d s: %d ok, %d failed, %.1f/s, p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%n", clients, rate > 0 ? "paced at " + rate + "/s" : "closed",
                seconds, all.length, failures.get(), all.length / (double) seconds, pct(all, 0.50), pct(all, 0.95),
                pct(all, 0.99), pct(all, 1.0));
    }

    private static long[] run(String base, String session, List<String> ids, long first, long period, long deadline,
            AtomicLong failures) {
        long[] times = new long[1 << 14];
        int n = 0;
        long due = first;
        while (true) {
            long now = System.nanoTime();
            if (period > 0) {
                if (due >= deadline) {
                    break;
                }
                if (due > now) {
                    sleepUntil(due);
                }
            } else if (now >= deadline) {
                break;
            }
            long began = period > 0 ? due : System.nanoTime();
            String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            boolean ok = lookup(base, session, id);
            long took = System.nanoTime() - began;
            if (!ok) {
                failures.incrementAndGet();
            } else {
                if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                }
                times[n++] = took;
            }
            due += period;
        }
        return Arrays.copyOf(times, n);
    }

    private static boolean lookup(String base, String session, String id) {
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(
                    base + "/api/v1/registry/persons/" + id + "?purpose=benchmark").toURL().openConnection();
            http.setRequestProperty("Cookie", "JSESSIONID=" + session);
            http.setRequestProperty("Accept", "application/json");
            http.setRequestProperty("Accept-Language", "zh-CN");
            int status = http.getResponseCode();
            InputStream body = status < 400 ? http.getInputStream() : http.getErrorStream();
            String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (body != null) {
                body.close();
            }
            return status == 200 && text.contains("\"name\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleepUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Signs in through the JSON API as a client would, second factor included; the session cookie's value. */
    private static String signIn(String base, String login, String password, Path secretFile) throws Exception {
        List<String> cookie = new ArrayList<>();
        String answer = post(base, "/api/v1/auth/login",
                "{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, password), cookie);
        Matcher enrolment = Pattern.compile("\"secret\"\\s*:\\s*\"([A-Z2-7]+)\"").matcher(answer);
        if (enrolment.find()) {
            Files.createDirectories(secretFile.toAbsolutePath().getParent());
            Files.writeString(secretFile, enrolment.group(1));
        } else if (!Files.exists(secretFile)) {
            throw new IllegalStateException(login + " has a second factor whose secret is not in " + secretFile);
        }
        String code = totp(Files.readString(secretFile).strip(), Instant.now().getEpochSecond() / 30);
        String signedIn = post(base, "/api/v1/auth/second-factor", "{\"code\":\"%s\"}".formatted(code), cookie);
        if (!signedIn.contains("SIGNED_IN")) {
            throw new IllegalStateException("second factor refused: " + signedIn);
        }
        return cookie.get(0);
    }

    private static String post(String base, String path, String json, List<String> cookie) throws IOException {
        HttpURLConnection http = (HttpURLConnection) new URL(base + path).openConnection();
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setRequestProperty("Content-Type", "application/json");
        http.setRequestProperty("Accept", "application/json");
        if (!cookie.isEmpty()) {
            http.setRequestProperty("Cookie", "JSESSIONID=" + cookie.get(0));
        }
        try (OutputStream out = http.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = http.getResponseCode();
        List<String> set = http.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        for (String header : set) {
            Matcher session = Pattern.compile("JSESSIONID=([^;]+)").matcher(header);
            if (session.find()) {
                cookie.clear();
                cookie.add(session.group(1));
            }
        }
        try (InputStream body = status < 400 ? http.getInputStream() : http.getErrorStream()) {
            return body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** RFC 6238 with the authenticator defaults: HMAC-SHA1 over the 30-second step, six digits. */
    static String totp(String base32Secret, long step) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace("=", "").toUpperCase().toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
