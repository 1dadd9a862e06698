package org.yiwang.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiwang.YiwangApplication;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;
import org.yiwang.crypto.CryptoService;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.registry.ChangeSource;
import org.yiwang.registry.PersonInput;
import org.yiwang.registry.PopulationRegister;

/**
 * The exchange gateway's service (everything behind the HTTP layer: grant, nonce and rate checks, batch read
 * and SM4 decryption, granted-field filtering, one hash-chained data-use record per person, the message log,
 * JSON and the SM2 signature over the body) for 1 and 100 ID numbers, beside the same lookup made directly on
 * PostgreSQL (one {@code select … where id_number_index = any(?)}) in the same run. The platform runs whole,
 * on its own embedded PostgreSQL under {@code target/bench-postgres}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class GatewayBenchmark {

    static final int BATCH = 100;

    ConfigurableApplicationContext platform;
    Gateway gateway;
    JdbcClient jdbc;
    AccountPrincipal consumer;
    String resourceCode;
    String grantId;
    List<String> one;
    List<String> hundred;
    String[] oneIndex;
    String[] hundredIndexes;

    @Setup(Level.Trial)
    public void start() {
        // system properties, so that the embedded database's environment post-processor sees them too
        System.setProperty("yiwang.embedded-postgres.data-dir", "./bench-postgres");
        System.setProperty("yiwang.embedded-postgres.clean", "true");
        System.setProperty("yiwang.crypto.keystore.path", "./bench-keys/yiwang.bcfks");
        System.setProperty("yiwang.files.dir", "./bench-files");
        platform = new SpringApplicationBuilder(YiwangApplication.class).profiles("demo")
                .properties("server.port=0", "logging.level.root=warn").run();
        gateway = platform.getBean(Gateway.class);
        jdbc = platform.getBean(JdbcClient.class);
        CryptoService crypto = platform.getBean(CryptoService.class);
        PopulationRegister population = platform.getBean(PopulationRegister.class);
        var resource = platform.getBean(ResourceCatalog.class).bySource(RegisterSources.PERSON).orElseThrow();
        resourceCode = resource.code();
        long consumerDepartment = resource.providerDepartmentId() + 1;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            IdNumber id = IdNumber.of(DivisionCode.parse("330106"), LocalDate.of(1970, 1, 1).plusDays(i * 97L), 500 + i);
            population.register(new PersonInput(id.value(), "基准" + (char) ('甲' + i), null, null, "01", "330106",
                    "浙江省杭州市西湖区文三路 " + i + " 号", null, "13800000000", "10", "LIVING"),
                    new ChangeSource(resource.providerDepartmentId(), "bench"));
            ids.add(id.value());
        }
        one = List.of(ids.get(0));
        hundred = List.copyOf(ids);
        oneIndex = new String[] {crypto.blindIndex(ids.get(0))};
        hundredIndexes = ids.stream().map(crypto::blindIndex).toArray(String[]::new);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var requests = platform.getBean(AccessRequestRepository.class);
        long request = requests.insert(new ValidRequest(resource, consumerDepartment,
                List.of("idNumber", "name", "householdAddress"), "基准测试", "基准测试", ShareMethod.API, today,
                today.plusDays(30), 1_000_000, null, null, null), "bench", 0, RequestStatus.GRANTED, Instant.now(), null);
        var stored = requests.byId(request).orElseThrow();
        grantId = Long.toString(platform.getBean(GrantRepository.class)
                .insert(stored, stored.items(), Integer.MAX_VALUE, Instant.now()));
        consumer = new AccountPrincipal(1, AccountKind.STAFF, "bench", "基准", consumerDepartment, false);
    }

    @TearDown(Level.Trial)
    public void stop() {
        platform.close();
    }

    private Gateway.Delivery deliver(List<String> ids) {
        String path = "/api/v1/exchange/" + resourceCode + "/records";
        return gateway.deliver(new GatewayRequest(UUID.randomUUID(), resourceCode, grantId, ids, List.of(), "GET",
                path, "grant=" + grantId, UUID.randomUUID().toString(), Instant.now().toString(), null), consumer);
    }

    private List<String> direct(String[] indexes) {
        return jdbc.sql("select id_number_enc, name, household_address from registry.person where id_number_index = any (?)")
                .param(indexes).query((rs, n) -> rs.getString(2) + rs.getString(3) + rs.getString(1)).list();
    }

    @Benchmark
    public Gateway.Delivery gateway1() {
        return deliver(one);
    }

    @Benchmark
    public Gateway.Delivery gateway100() {
        return deliver(hundred);
    }

    @Benchmark
    public List<String> postgres1() {
        return direct(oneIndex);
    }

    @Benchmark
    public List<String> postgres100() {
        return direct(hundredIndexes);
    }
}
