package org.yiwang.registry.internal.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

class ParcelRulesTest {

    static final String CODE = "330106001002GB00001W00000000";
    final ParcelRules rules = new ParcelRules(Set.of("01", "07"), Set.of("330106", "330108")::contains,
            (kind, id) -> kind == HolderKind.PERSON && id == 42);

    @Test
    void accepts_a_parcel_whose_code_starts_with_its_division() {
        ValidParcel parcel = rules.check(draft(CODE, "330106", "07", "1200.5"));
        assertThat(parcel.holderKind()).isEqualTo(HolderKind.PERSON);
        assertThat(parcel.area()).isEqualByComparingTo(new BigDecimal("1200.5"));
    }

    @Test
    void rejects_a_code_of_another_division() {
        assertThat(rules(draft(CODE, "330108", "07", "10"))).containsExactly("parcel.code.division");
    }

    @Test
    void rejects_a_code_that_is_not_a_real_estate_unit_number() {
        assertThat(rules(draft("330106-1", "330106", "07", "10"))).containsExactly("parcel.code.format");
    }

    @Test
    void names_every_broken_rule_at_once() {
        assertThat(rules(new ParcelDraft(CODE, "TENANT", "-3", "13", "0", "330199", "{}")))
                .containsExactlyInAnyOrder("parcel.division.unknown", "parcel.code.division",
                        "parcel.holder-kind.unknown", "parcel.holder-id.format", "parcel.land-use.unknown",
                        "parcel.area.format", "parcel.boundary.type");
    }

    private List<String> rules(ParcelDraft draft) {
        try {
            rules.check(draft);
            return List.of();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(RuleViolation::rule).toList();
        }
    }

    private static ParcelDraft draft(String code, String division, String landUse, String area) {
        return new ParcelDraft(code, "PERSON", "42", landUse, area, division, ParcelBoundaryTest.SQUARE);
    }

    @Test
    void rejects_a_holder_the_registers_do_not_hold() {
        assertThat(rules(new ParcelDraft(CODE, "LEGAL_ENTITY", "42", "07", "10", "330106", ParcelBoundaryTest.SQUARE)))
                .containsExactly("parcel.holder.unknown");
    }

    @Test
    void a_failed_check_is_a_rule_violation() {
        assertThatThrownBy(() -> rules.check(draft(CODE, "330106", "99", "1")))
                .isInstanceOf(RuleViolationException.class);
    }
}
