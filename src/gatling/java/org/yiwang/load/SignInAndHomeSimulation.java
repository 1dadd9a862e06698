package org.yiwang.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A citizen signs in through the JSON API and loads the home page as a signed-in user; beside it, as the
 * raw baseline of the same server, a static file and the health check. Each concurrency level runs first
 * the baseline, then the sign-in, one after the other (closed model: a fixed number of users in flight,
 * each a new visitor with its own cookies and connection), so the figures of one do not blur the other.
 *
 * <p>Needs a running platform with the demo profile loaded. System properties: {@code load.baseUrl}
 * (default {@code http://localhost:8080}), {@code load.users} (concurrency levels, default {@code 20,50})
 * and {@code load.seconds} (length of each phase, default 60).
 */
public class SignInAndHomeSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");
    private static final List<Integer> LEVELS = Arrays.stream(System.getProperty("load.users", "20,50").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("load.seconds", 60));

    /** The demo password of every demo account (identity's DemoAccounts). */
    private static final String PASSWORD = "Yiwang@2026";
    /**
     * The demo citizens 张三 and 李四, as DemoAccounts builds them: IdNumber.of(330106, 1985-03-12, 101) and
     * IdNumber.of(330212, 1990-07-08, 202), check characters included.
     */
    private static final List<Map<String, Object>> DEMO_CITIZENS = List.of(
            Map.of("idNumber", "330106198503121012"),
            Map.of("idNumber", "330212199007082023"));

    private final HttpProtocolBuilder platform = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .userAgentHeader("yiwang-load (Gatling)")
            // Gatling warms up against an outside site by default; this machine's network is closed.
            .warmUp(BASE_URL + "/actuator/health");

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        for (int users : LEVELS) {
            phases.add(scenario("baseline, " + users + " users").exec(baseline(users))
                    .injectClosed(constantConcurrentUsers(users).during(PHASE)));
            phases.add(scenario("sign-in and home, " + users + " users").exec(signInAndHome(users))
                    .injectClosed(constantConcurrentUsers(users).during(PHASE)));
        }
        PopulationBuilder run = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            run = phases.get(i).andThen(run);
        }
        setUp(run)
                .protocols(platform)
                .maxDuration(PHASE.multipliedBy(phases.size()).plusMinutes(2))
                .assertions(global().failedRequests().count().is(0L));
    }

    private static ChainBuilder baseline(int users) {
        String level = users + " users: ";
        return exec(
                http(level + "GET /css/yiwang.css").get("/css/yiwang.css").check(status().is(200)),
                http(level + "GET /actuator/health").get("/actuator/health")
                        .check(status().is(200), jsonPath("$.status").is("UP")));
    }

    private static ChainBuilder signInAndHome(int users) {
        String level = users + " users: ";
        return feed(listFeeder(DEMO_CITIZENS).circular())
                .exec(http(level + "POST /api/v1/auth/login").post("/api/v1/auth/login")
                        .body(StringBody("{\"login\":\"#{idNumber}\",\"password\":\"" + PASSWORD + "\"}")).asJson()
                        .check(status().is(200), jsonPath("$.status").is("SIGNED_IN")))
                // the sign-out form appears only to a signed-in user: proof that the session cookie works
                .exec(http(level + "GET / (signed in)").get("/")
                        .check(status().is(200), substring("action=\"/logout\"")));
    }
}
