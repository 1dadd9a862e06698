package org.yiwang.services;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays the part of the services module's processing in the result tests: publishes its events in a
 * transaction, as it does, and waits for what the listeners make of them.
 */
final class ResultsFixture {

    static final String DECIDING = "ZJ-HZ-XH-SCJG";
    static final String DECIDING_NAME = "杭州市西湖区市场监督管理局";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    ResultsFixture(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    static String newApplicationNumber() {
        return "T" + System.currentTimeMillis() % 100_000_000L + "-" + SERIAL.incrementAndGet();
    }

    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    static ApplicationDecided approval(String applicationNumber, long applicant) {
        return new ApplicationDecided(applicationNumber, "XH-QYSL", "企业设立登记", "营业执照", true, applicant,
                "杭州测试示范科技有限公司", "91330106MA2H******", DECIDING, DECIDING_NAME,
                Map.of("法定代表人", "测试居民", "住所", "浙江省杭州市西湖区文三路 100 号"), LocalDate.of(2046, 3, 15),
                null, Instant.now());
    }

    static ApplicationDecided refusal(String applicationNumber, long applicant) {
        return new ApplicationDecided(applicationNumber, "XH-SPJY", "食品经营许可", null, false, applicant,
                "测试居民", "330106********1234", DECIDING, DECIDING_NAME, Map.of(), null,
                "经营场所与平面图不符，未设置冷藏设施。", Instant.now());
    }

    /** The number of the result issued for an application, once the listener has issued it. */
    String awaitResult(String applicationNumber) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> resultOf(applicationNumber), Optional::isPresent).orElseThrow();
    }

    Optional<String> resultOf(String applicationNumber) {
        return jdbc.sql("select number from services.licence where application_number = ?").param(applicationNumber)
                .query(String.class).optional();
    }

    int resultCount(String applicationNumber) {
        return jdbc.sql("select count(*) from services.licence where application_number = ?").param(applicationNumber)
                .query(Integer.class).single();
    }
}
