package org.yiwang.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yiwang.exchange.ExchangeFixture.requestJson;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.common.IdNumber;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.DataUseChannel;
import org.yiwang.registry.DataUseLog;
import org.yiwang.support.OpenSslSm2;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;

/**
 * Subscriptions for real: a change in the population register reaches a subscriber's HTTP callback (a small
 * server in this test) signed, after two failed attempts; a callback that always fails ends on the dead-letter
 * list after the configured attempts, and an operator's replay sends it again.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeSubscriptionIT {

    /** One call the callback server received. */
    record Received(String path, byte[] body, String signature, String keyId, String messageId) {
    }

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;
    @Autowired ResourceCatalog catalog;
    @Autowired DataUseLog dataUse;
    @Autowired JdbcClient jdbc;

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger flakyCalls = new AtomicInteger();
    SignIn.Staff keeper;
    SignIn.Staff approver;
    SignIn.Staff consumer;
    String persons;

    @BeforeAll
    void setUp() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/flaky", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received("/flaky", body, exchange.getRequestHeaders().getFirst("X-Yiwang-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Yiwang-Key-Id"),
                    exchange.getRequestHeaders().getFirst("X-Yiwang-Message-Id")));
            exchange.sendResponseHeaders(flakyCalls.incrementAndGet() <= 2 ? 503 : 204, -1);
            exchange.close();
        });
        server.createContext("/batch", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received("/batch", body, null, null, null));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/broken", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(new Received("/broken", new byte[0], null, null, null));
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        keeper = SignIn.staff(mvc, department("ZJ-HZ-XH-SCJG"), Set.of("REGISTRY_KEEPER"), false);
        approver = SignIn.staff(mvc, department("ZJ-DSJ"), Set.of("EXCHANGE_APPROVER"), false);
        consumer = SignIn.staff(mvc, department("ZJ-HZ-XH-YB"), Set.of("EXCHANGE_CONSUMER"), false);
        persons = catalog.bySource("registry:person").orElseThrow().code();
    }

    final List<Long> subscriptions = new CopyOnWriteArrayList<>();

    /** Ends this test's subscriptions, so that registrations in other tests reach no callback of ours. */
    @AfterAll
    void stop() throws Exception {
        for (long grant : subscriptions) {
            mvc.perform(post("/api/v1/exchange/grants/" + grant + "/revoke").session(approver.session())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"测试结束\"}"));
        }
        server.stop(0);
    }

    long department(String code) {
        return organization.departmentByCode(code).orElseThrow().id();
    }

    long subscribe(String path, String items) throws Exception {
        String callback = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        String body = mvc.perform(post("/api/v1/exchange/requests").session(consumer.session())
                        .contentType(MediaType.APPLICATION_JSON).content(requestJson(persons, items, "SUBSCRIPTION", callback, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long request = ((Number) JsonPath.read(body, "$.id")).longValue();
        String granted = mvc.perform(post("/api/v1/exchange/requests/" + request + "/approve").session(approver.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long grant = ((Number) JsonPath.read(granted, "$.grantId")).longValue();
        subscriptions.add(grant);
        return grant;
    }

    String deliveryStatus(long grant) {
        return jdbc.sql("select coalesce(string_agg(status, ',' order by id), '') from exchange.subscription_delivery where grant_id = ?")
                .param(grant).query(String.class).single();
    }

    static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within %s", timeout).isLessThan(end);
            Thread.sleep(100);
        }
    }

    @Test
    void a_change_reaches_the_subscriber_signed_after_two_failures_and_a_dead_one_can_be_replayed(
            @TempDir Path tmp) throws Exception {
        IdNumber id = SyntheticPeople.idNumber();
        long person = ExchangeFixture.registerPerson(mvc, keeper.session(), id.value(), "共享测试");
        long flaky = subscribe("/flaky", "\"name\",\"maritalStatus\"");
        long broken = subscribe("/broken", "\"maritalStatus\"");
        long unconcerned = subscribe("/broken", "\"phone\"");
        mvc.perform(put("/api/v1/registry/persons/" + person).session(keeper.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ExchangeFixture.personJson(id.value(), "共享测试").replace("\"10\"", "\"20\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changedFields[0]").value("maritalStatus"));
        // the change concerns the first two subscriptions only
        await(() -> "DELIVERED".equals(deliveryStatus(flaky)), Duration.ofSeconds(30));
        await(() -> "DEAD".equals(deliveryStatus(broken)), Duration.ofSeconds(30));

        assertThat(flakyCalls.get()).isEqualTo(3);
        Received last = received.stream().filter(r -> r.path().equals("/flaky")).reduce((a, b) -> b).orElseThrow();
        String text = new String(last.body(), StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(text, "$.record.name")).isEqualTo("共享测试");
        assertThat(JsonPath.<String>read(text, "$.record.maritalStatus")).isEqualTo("20");
        assertThat(JsonPath.<List<String>>read(text, "$.changedFields")).containsExactly("maritalStatus");
        assertThat(text).doesNotContain("phone").doesNotContain(id.value());
        assertThat(received.stream().filter(r -> r.path().equals("/flaky")).map(r -> new String(r.body(), StandardCharsets.UTF_8)))
                .as("every attempt sends the same bytes").containsOnly(text);
        String keyJson = mvc.perform(get("/api/v1/exchange/keys/" + last.keyId())).andReturn().getResponse()
                .getContentAsString();
        Assumptions.assumeTrue(OpenSslSm2.available(), "openssl is not installed");
        assertThat(OpenSslSm2.verify(tmp, last.body(), Base64.getDecoder().decode(last.signature()),
                JsonPath.read(keyJson, "$.publicKeyPem")).verified()).isTrue();

        assertThat(dataUse.ofPerson(id)).extracting(u -> u.channel()).containsOnly(DataUseChannel.SUBSCRIPTION);
        assertThat(dataUse.ofPerson(id)).extracting(u -> u.grantId()).containsExactlyInAnyOrder(flaky, broken);
        assertThat(deliveryStatus(unconcerned)).isEmpty();

        long brokenCalls = received.stream().filter(r -> r.path().equals("/broken")).count();
        assertThat(brokenCalls).isEqualTo(3);
        String stats = mvc.perform(get("/api/v1/exchange/stats").session(approver.session()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> dead = JsonPath.read(stats, "$.deadLetters[?(@.grantId == " + broken + ")].id");
        assertThat(dead).hasSize(1);
        mvc.perform(post("/api/v1/exchange/dead-letters/" + dead.get(0) + "/replay").session(consumer.session()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/exchange/dead-letters/" + dead.get(0) + "/replay").session(approver.session()))
                .andExpect(status().isNoContent());
        await(() -> received.stream().filter(r -> r.path().equals("/broken")).count() == 6
                && "DEAD".equals(deliveryStatus(broken)), Duration.ofSeconds(30));
        mvc.perform(post("/api/v1/exchange/dead-letters/999999999/replay").session(approver.session()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.dead-letter.unknown"));
    }

    /** A bulk import publishes one batch event for many people; each person concerned still reaches the subscriber. */
    @Test
    void people_changed_by_an_import_reach_the_subscriber_from_one_batch_event() throws Exception {
        IdNumber a = SyntheticPeople.idNumber();
        IdNumber b;
        do {
            b = SyntheticPeople.idNumber();
        } while (b.equals(a));
        upload(importRow(a, "批量甲", "10") + importRow(b, "批量乙", "10"));
        long grant = subscribe("/batch", "\"name\",\"maritalStatus\"");
        upload(importRow(a, "批量甲", "20") + importRow(b, "批量乙", "20"));

        await(() -> "DELIVERED,DELIVERED".equals(deliveryStatus(grant)), Duration.ofSeconds(30));
        assertThat(received.stream().filter(r -> r.path().equals("/batch"))
                .map(r -> JsonPath.<String>read(new String(r.body(), StandardCharsets.UTF_8), "$.record.name")))
                .containsExactlyInAnyOrder("批量甲", "批量乙");
        assertThat(dataUse.ofPerson(a)).extracting(u -> u.grantId()).contains(grant);
        assertThat(dataUse.ofPerson(b)).extracting(u -> u.grantId()).contains(grant);
    }

    static String importRow(IdNumber id, String name, String marital) {
        return "%s,%s,01,330106,浙江省杭州市西湖区文三路 %d 号,%s\n".formatted(id.value(), name, id.sequence(), marital);
    }

    void upload(String rows) throws Exception {
        String csv = "id_number,name,ethnicity,household_division,household_address,marital_status\n" + rows;
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/registry/imports/persons")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "p.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "ALL_OR_NOTHING").session(keeper.session())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.run.rowsChanged").value(2));
    }
}
