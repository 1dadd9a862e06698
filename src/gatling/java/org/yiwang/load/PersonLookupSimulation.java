package org.yiwang.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lookup of a person by ID number through the query API, data-use record included: {@code GET
 * /api/v1/registry/persons/{idNumber}?purpose=…} at a fixed number of concurrent clients (closed model), each request
 * a random person of the synthetic file that was imported. All clients share one signed-in session of a register
 * officer, made before the run: the sign-in (Argon2id and TOTP) is not what is measured.
 *
 * <p>System properties: {@code load.baseUrl} (default {@code http://localhost:8080}), {@code load.users} (default 50),
 * {@code load.seconds} (default 60), {@code load.people} (the CSV with an {@code id_number} column), {@code
 * load.login} (default {@code officer}), {@code load.password} (default the demo password) and {@code
 * load.totpSecretFile} (where the officer's TOTP secret is kept after his first sign-in, default {@code
 * target/load-officer.totp}).
 */
public class PersonLookupSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    private static final String PEOPLE = System.getProperty("load.people", "target/people.csv");

    {
        String session = signIn(System.getProperty("load.login", "officer"),
                System.getProperty("load.password", "Yiwang@2026"),
                Path.of(System.getProperty("load.totpSecretFile", "target/load-officer.totp")));
        HttpProtocolBuilder platform = http.baseUrl(BASE_URL)
                .acceptHeader("application/json")
                .acceptLanguageHeader("zh-CN")
                .userAgentHeader("yiwang-load (Gatling)")
                .header("Cookie", "JSESSIONID=" + session)
                .disableWarmUp();
        setUp(scenario("person lookup, " + USERS + " clients")
                .exec(feed(csv(PEOPLE).random())
                        .exec(http("GET /api/v1/registry/persons/{idNumber}")
                                .get("/api/v1/registry/persons/#{id_number}?purpose=benchmark")
                                .check(status().is(200), jsonPath("$.name").exists())))
                .injectClosed(constantConcurrentUsers(USERS).during(PHASE)))
                .protocols(platform)
                .maxDuration(PHASE.plusMinutes(1))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Signs in through the JSON API like a client would, second factor included; the session cookie's value. */
    private static String signIn(String login, String password, Path secretFile) {
        try {
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
            String answer = post(client, "/api/v1/auth/login",
                    "{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, password));
            Matcher enrolment = Pattern.compile("\"secret\"\\s*:\\s*\"([A-Z2-7]+)\"").matcher(answer);
            if (enrolment.find()) {
                Files.createDirectories(secretFile.toAbsolutePath().getParent());
                Files.writeString(secretFile, enrolment.group(1));
            } else if (!Files.exists(secretFile)) {
                throw new IllegalStateException(login + " has a second factor whose secret is not in " + secretFile);
            }
            String secret = Files.readString(secretFile).strip();
            long step = Instant.now().getEpochSecond() / 30;
            String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
            String signedIn = post(client, "/api/v1/auth/second-factor", "{\"code\":\"%s\"}".formatted(code));
            if (!signedIn.contains("SIGNED_IN")) {
                throw new IllegalStateException("second factor refused: " + signedIn);
            }
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign in as " + login, e);
        }
    }

    private static String post(HttpClient client, String path, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(BASE_URL + path))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
