package org.yiwang.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.catalog.CatalogResource;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;

/**
 * Demo requests of 西湖区人力社保局 (the demo {@code consumer}): the legal-entity register, granted at once, and the
 * population register, waiting in the queue of 大数据局's approver (the demo {@code approver}). Loaded once, after
 * the catalog has catalogued the base registers.
 */
@Component
@Profile("demo")
@Order(80)
class DemoExchange implements ApplicationRunner {

    static final String CONSUMER = "ZJ-HZ-XH-RS";
    static final String ACTOR = "demo";

    private final ResourceCatalog catalog;
    private final OrganizationDirectory organization;
    private final AccessRequestRepository requests;
    private final GrantRepository grants;
    private final WorkingDays workingDays;
    private final ExchangeProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoExchange(ResourceCatalog catalog, OrganizationDirectory organization, AccessRequestRepository requests,
            GrantRepository grants, WorkingDays workingDays, ExchangeProperties properties, JdbcClient jdbc,
            Clock clock) {
        this.catalog = catalog;
        this.organization = organization;
        this.requests = requests;
        this.grants = grants;
        this.workingDays = workingDays;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var consumer = organization.departmentByCode(CONSUMER);
        var persons = catalog.bySource(RegisterSources.PERSON);
        var entities = catalog.bySource(RegisterSources.ENTITY);
        boolean loaded = jdbc.sql("select exists (select 1 from exchange.access_request where requested_by = ?)")
                .param(ACTOR).query(Boolean.class).single();
        if (loaded || consumer.isEmpty() || persons.isEmpty() || entities.isEmpty()) {
            return;
        }
        long department = consumer.get().id();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        long granted = requests.insert(request(entities.get(), department, List.of("creditCode", "name", "status",
                "legalRepresentativeName"), "核验参保单位的登记状态", "《社会保险法》第五十七条", today),
                ACTOR, 0, RequestStatus.GRANTED, now, null);
        requests.decide(granted, RequestStatus.GRANTED, now, "unconditional", 0, null);
        AccessRequest stored = requests.byId(granted).orElseThrow();
        grants.insert(stored, stored.items(), properties.defaultRatePerMinute(), now);
        requests.insert(request(persons.get(), department, List.of("idNumber", "name", "householdAddress"),
                "核验社会保险参保人员身份", "《社会保险法》第五十八条", today), ACTOR, 0, RequestStatus.PENDING, now,
                workingDays.current().addWorkingDays(today, properties.answerWithinWorkingDays()));
    }

    private static ValidRequest request(CatalogResource resource, long consumer, List<String> items, String purpose,
            String legalBasis, LocalDate today) {
        return new ValidRequest(resource, consumer, items, purpose, legalBasis, ShareMethod.API, today,
                today.plusDays(364), 2000, null, null, null);
    }
}
