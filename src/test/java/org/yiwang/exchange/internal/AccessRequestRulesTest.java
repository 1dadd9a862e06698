package org.yiwang.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiwang.catalog.CatalogResource;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.DataItem;
import org.yiwang.catalog.Sensitivity;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

class AccessRequestRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final long PROVIDER = 7;
    static final long CONSUMER = 9;

    static CatalogResource resource(SharingType type, String condition) {
        return new CatalogResource("01-0001", "人口基础信息", Classification.BASE, PROVIDER, "ZJ-DSJ", "摘要", "数据库",
                List.of(new DataItem("idNumber", "公民身份号码", "字符型", Sensitivity.SENSITIVE_PERSONAL),
                        new DataItem("name", "姓名", "字符型", Sensitivity.PERSONAL),
                        new DataItem("phone", "联系电话", "字符型", Sensitivity.SENSITIVE_PERSONAL)),
                type, condition, Set.of(ShareMethod.API, ShareMethod.SUBSCRIPTION), false, "实时", TODAY, 1,
                "registry:person");
    }

    static AccessRequestInput input(List<String> items, String method, LocalDate from, LocalDate until, String callback) {
        return new AccessRequestInput("01-0001", items, "核验身份", "《社会保险法》", method, from, until, 10, callback, null);
    }

    static List<String> rules(Runnable check) {
        try {
            check.run();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(RuleViolation::rule).toList();
        }
        return List.of();
    }

    @Test
    void keeps_the_items_in_the_catalogs_order() {
        ValidRequest valid = AccessRequestRules.check(input(List.of("phone", "name"), "api", TODAY, TODAY.plusDays(30), null),
                resource(SharingType.CONDITIONAL, "依法履职"), CONSUMER, TODAY, 366);
        assertThat(valid.items()).containsExactly("name", "phone");
        assertThat(valid.method()).isEqualTo(ShareMethod.API);
    }

    @Test
    void refuses_a_resource_that_is_not_shared_citing_its_legal_basis() {
        assertThatThrownBy(() -> AccessRequestRules.check(input(List.of("name"), "API", TODAY, TODAY, null),
                resource(SharingType.NOT_SHARED, "《保守国家秘密法》"), CONSUMER, TODAY, 366))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations().get(0).rule()).isEqualTo("exchange.resource.not-shared");
                    assertThat(e.violations().get(0).args()).containsExactly("《保守国家秘密法》");
                });
    }

    @Test
    void names_every_broken_rule_at_once() {
        assertThat(rules(() -> AccessRequestRules.check(
                new AccessRequestInput("01-0001", List.of("shoeSize"), " ", null, "FILE", TODAY.minusDays(1),
                        TODAY.minusDays(2), 0, null, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"),
                resource(SharingType.CONDITIONAL, "依法履职"), PROVIDER, TODAY, 366)))
                .containsExactlyInAnyOrder("exchange.consumer.is-provider", "exchange.items.unknown", "exchange.required",
                        "exchange.required", "exchange.method.file-unsupported", "exchange.period.past",
                        "exchange.period.order", "exchange.volume.range", "exchange.consumer-key.invalid");
    }

    @Test
    void a_subscription_needs_an_http_callback_and_a_period_has_a_limit() {
        var resource = resource(SharingType.UNCONDITIONAL, null);
        assertThat(rules(() -> AccessRequestRules.check(input(List.of("name"), "SUBSCRIPTION", TODAY, TODAY, null),
                resource, CONSUMER, TODAY, 366))).containsExactly("exchange.callback.required");
        assertThat(rules(() -> AccessRequestRules.check(input(List.of("name"), "SUBSCRIPTION", TODAY, TODAY,
                "file:///etc/passwd"), resource, CONSUMER, TODAY, 366))).containsExactly("exchange.callback.invalid");
        assertThat(rules(() -> AccessRequestRules.check(input(List.of("name"), "SUBSCRIPTION", TODAY, TODAY,
                "https://user:pw@example.org/hook"), resource, CONSUMER, TODAY, 366)))
                .containsExactly("exchange.callback.invalid");
        assertThat(rules(() -> AccessRequestRules.check(input(List.of("name"), "API", TODAY, TODAY.plusDays(367), null),
                resource, CONSUMER, TODAY, 366))).containsExactly("exchange.period.too-long");
        assertThat(AccessRequestRules.check(input(List.of("name"), "SUBSCRIPTION", TODAY, TODAY,
                "https://rs.example.org/hook"), resource, CONSUMER, TODAY, 366).callbackUrl())
                .isEqualTo("https://rs.example.org/hook");
    }
}
