package org.yiwang.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yiwang.common.RuleViolation;

class PositionRulesTest {

    @Test
    void a_window_clerk_post_breaks_no_rule() {
        assertThat(PositionRules.check(new PositionRequest("WINDOW-CLERK", "窗口受理员", "一级科员"))).isEmpty();
    }

    @Test
    void the_rank_is_optional() {
        assertThat(PositionRules.check(new PositionRequest("SYSADMIN", "系统管理员", null))).isEmpty();
    }

    @Test
    void code_and_name_are_required() {
        assertThat(PositionRules.check(new PositionRequest(null, null, null))).extracting(RuleViolation::rule)
                .containsExactlyInAnyOrder("position.code-required", "position.name-required");
    }

    @Test
    void refuses_a_malformed_code_and_overlong_texts() {
        assertThat(PositionRules.check(new PositionRequest("科长", "科".repeat(61), "级".repeat(31))))
                .extracting(RuleViolation::rule)
                .containsExactlyInAnyOrder("position.code-malformed", "position.name-too-long", "position.rank-too-long");
    }
}
