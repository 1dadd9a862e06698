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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The load of the person lookup over HTTP, driven by the same {@link ClientLoop} as {@link LookupBaseline} so that
 * both sides of the comparison are loaded, timed and counted alike: {@code GET /api/v1/registry/persons/{idNumber}
 * ?purpose=benchmark} by {@code clients} threads, each on its own kept-alive connection, all sharing one session of
 * a register officer signed in (password and TOTP) before the run. Every answer must be 200 and carry a name.
 *
 * <pre>
 * javac -d jc src/bench/java/org/yiwang/bench/{ClientLoop,LookupLoad}.java
 * java -cp jc org.yiwang.bench.LookupLoad http://localhost:8091 ids.csv 50 60 [rate]
 * </pre>
 *
 * Without {@code rate}, the closed model, with it the paced model of {@link ClientLoop}. {@code ids.csv} holds one ID
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
        ClientLoop.run("HTTP lookup", () -> () -> lookup(base, session,
                ids.get(ThreadLocalRandom.current().nextInt(ids.size()))), clients, seconds, rate);
    }

    private static boolean lookup(String base, String session, String id) throws IOException {
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
}
