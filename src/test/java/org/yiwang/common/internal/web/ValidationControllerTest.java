package org.yiwang.common.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.DivisionDirectory;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.internal.web.ValidationController.ValueRequest;

/** How the validation API uses a division directory when there is one, and does without when there is none. */
class ValidationControllerTest {

    /** Knows Chaoyang District and Fuzhou only. */
    static final DivisionDirectory DIRECTORY = code -> Optional.ofNullable(
            Map.of("110105", "朝阳区", "350100", "福州市").get(code.value()));

    static ValidationController withDirectory() {
        return new ValidationController(new StaticListableBeanFactory(Map.of("divisions", DIRECTORY))
                .getBeanProvider(DivisionDirectory.class));
    }

    static ValidationController withoutDirectory() {
        return new ValidationController(new StaticListableBeanFactory().getBeanProvider(DivisionDirectory.class));
    }

    static String ruleOf(RuleViolationException e) {
        return e.violations().stream().map(RuleViolation::rule).findFirst().orElseThrow();
    }

    @Test
    void names_the_division_of_an_id_number_the_directory_knows() {
        assertThat(withDirectory().idNumber(new ValueRequest("11010519491231002X")).divisionName()).isEqualTo("朝阳区");
    }

    @Test
    void rejects_id_number_from_a_division_the_directory_does_not_know() {
        // 110109 is Mentougou: well formed, but missing from this directory.
        assertThatThrownBy(() -> withDirectory().idNumber(new ValueRequest("110109194912310025")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(ruleOf(e)).isEqualTo("id-number.division-unknown"));
    }

    @Test
    void accepts_an_id_number_issued_in_a_former_county_of_a_known_city() {
        // 350104 is no longer on this directory's list, but its city 福州市 (350100) is: the number stays valid.
        var answer = withDirectory().idNumber(new ValueRequest("350104198001011236"));

        assertThat(answer.valid()).isTrue();
        assertThat(answer.divisionName()).isEqualTo("福州市");
    }

    @Test
    void without_a_directory_only_the_structure_is_checked() {
        var answer = withoutDirectory().idNumber(new ValueRequest("110109194912310025"));

        assertThat(answer.valid()).isTrue();
        assertThat(answer.divisionName()).isNull();
    }

    @Test
    void rejects_credit_code_from_a_division_the_directory_does_not_know() {
        assertThatThrownBy(() -> withDirectory().creditCode(new ValueRequest("91440300708461136T")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(ruleOf(e)).isEqualTo("credit-code.division-unknown"));
        assertThat(withDirectory().creditCode(new ValueRequest("91350100M000100Y43")).divisionName()).isEqualTo("福州市");
    }

    @Test
    void central_registrations_pass_without_asking_the_directory() {
        var answer = withDirectory().creditCode(new ValueRequest("91100000100003962T"));

        assertThat(answer.divisionCode()).isEqualTo(DivisionCode.NATIONAL.value());
        assertThat(answer.divisionName()).isNull();
    }

    @Test
    void rejects_division_code_the_directory_does_not_know() {
        assertThatThrownBy(() -> withDirectory().divisionCode(new ValueRequest("110109")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(ruleOf(e)).isEqualTo("division-code.unknown"));
        assertThat(withDirectory().divisionCode(new ValueRequest("110105")).name()).isEqualTo("朝阳区");
    }
}
