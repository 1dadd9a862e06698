package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.RuleViolation;

class EntityRulesTest {

    static final String CODE = CreditCode.of('9', '1', DivisionCode.parse("330106"), "MA2H0Q1D").value();

    final EntityRules rules = new EntityRules(PersonRulesTest.DIVISIONS);

    static EntityInput entity(String creditCode, String capital, String establishedOn) {
        return new EntityInput(creditCode, "杭州一网示范科技有限公司", "LIMITED_LIABILITY_COMPANY", PersonRulesTest.MAN,
                capital, establishedOn, "杭州市西湖区市场监督管理局", "330106", "浙江省杭州市西湖区文一西路 969 号", null, null);
    }

    @Test
    void accepts_a_complete_entity_with_capital_exact_to_the_fen() {
        EntityRecord record = rules.validate(entity(CODE, "1000000.5", "2019-05-20"));
        assertThat(record.registeredCapital()).isEqualByComparingTo(new BigDecimal("1000000.50"));
        assertThat(record.registeredCapital().scale()).isEqualTo(2);
        assertThat(record.status()).isEqualTo(EntityStatus.SUBSISTING);
    }

    @Test
    void rejects_capital_finer_than_a_fen_or_below_zero() {
        assertThat(rules.check(entity(CODE, "100.001", "2019-05-20"))).extracting(RuleViolation::rule)
                .containsExactly("registry.capital.fen");
        assertThat(rules.check(entity(CODE, "-1", "2019-05-20"))).extracting(RuleViolation::rule)
                .containsExactly("registry.capital.range");
        assertThat(rules.check(entity(CODE, "一百万", "2019-05-20"))).extracting(RuleViolation::rule)
                .containsExactly("registry.capital.format");
    }

    @Test
    void rejects_credit_code_with_wrong_check_character() {
        String wrong = CODE.substring(0, 17) + (CODE.charAt(17) == 'A' ? 'B' : 'A');
        assertThat(rules.check(entity(wrong, "1", "2019-05-20"))).extracting(RuleViolation::field, RuleViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("creditCode", "credit-code.check-character"));
    }

    @Test
    void rejects_establishment_after_today() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertThat(rules.check(entity(CODE, "1", tomorrow))).extracting(RuleViolation::rule)
                .containsExactly("registry.established.future");
    }
}
