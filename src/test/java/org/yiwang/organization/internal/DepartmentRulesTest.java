package org.yiwang.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiwang.common.RuleViolation;
import org.yiwang.organization.Department;
import org.yiwang.organization.DepartmentKind;
import org.yiwang.organization.DepartmentStatus;
import org.yiwang.organization.DivisionLevel;

class DepartmentRulesTest {

    private static final DivisionTree DIVISIONS = new DivisionTree(List.of(
            new DivisionTree.Entry("330000", "浙江省", DivisionLevel.PROVINCE, null),
            new DivisionTree.Entry("330100", "杭州市", DivisionLevel.CITY, "330000"),
            new DivisionTree.Entry("330106", "西湖区", DivisionLevel.COUNTY, "330100"),
            new DivisionTree.Entry("330200", "宁波市", DivisionLevel.CITY, "330000"),
            new DivisionTree.Entry("330212", "鄞州区", DivisionLevel.COUNTY, "330200")));

    private final Map<Long, Department> departments = new HashMap<>();
    private final DepartmentRules rules = new DepartmentRules(DIVISIONS,
            Set.of("market-regulation", "taxation", "government-services")::contains,
            id -> Optional.ofNullable(departments.get(id)));

    private final Department provinceBureau = add(1, "ZJ-SCJG", "330000", "market-regulation", null,
            DepartmentKind.GOVERNMENT_ORGAN, DepartmentStatus.ACTIVE);
    private final Department cityBureau = add(2, "ZJ-HZ-SCJG", "330100", "market-regulation", 1L,
            DepartmentKind.GOVERNMENT_ORGAN, DepartmentStatus.ACTIVE);
    private final Department ningboBureau = add(3, "ZJ-NB-SCJG", "330200", "market-regulation", 1L,
            DepartmentKind.GOVERNMENT_ORGAN, DepartmentStatus.ACTIVE);
    private final Department countyBureau = add(4, "ZJ-HZ-XH-SCJG", "330106", "market-regulation", 2L,
            DepartmentKind.GOVERNMENT_ORGAN, DepartmentStatus.ACTIVE);
    private final Department oldBureau = add(5, "ZJ-HZ-GS", "330100", "market-regulation", null,
            DepartmentKind.GOVERNMENT_ORGAN, DepartmentStatus.DISSOLVED);

    @Test
    void a_complete_department_breaks_no_rule() {
        assertThat(rules.check(request("ZJ-HZ-XH-SW", "330106", "taxation", null, "government-organ"), null)).isEmpty();
    }

    @Test
    void a_county_bureau_may_hang_under_the_city_bureau_of_its_line() {
        assertThat(rules.check(request("ZJ-HZ-XH-SCJG2", "330106", "market-regulation", 2L, "government-organ"), null))
                .isEmpty();
    }

    @Test
    void a_county_bureau_may_hang_under_the_province_bureau_of_its_line() {
        assertThat(rules.check(request("ZJ-HZ-XH-SCJG2", "330106", "market-regulation", 1L, "government-organ"), null))
                .isEmpty();
    }

    @Test
    void missing_fields_are_all_reported_at_once() {
        List<RuleViolation> violations = rules.check(new DepartmentRequest(null, null, null, null, null, null, null), null);
        assertThat(violations).extracting(RuleViolation::rule).containsExactlyInAnyOrder(
                "department.code-required", "department.name-required", "department.division-required",
                "department.line-required", "department.kind-unknown");
    }

    @Test
    void rejects_a_lower_case_code() {
        assertThat(rules(request("zj-x", "330106", "taxation", null, "government-organ")))
                .containsExactly("department.code-malformed");
    }

    @Test
    void rejects_a_malformed_division_code() {
        assertThat(rules(request("ZJ-X", "33010", "taxation", null, "government-organ")))
                .containsExactly("department.division-malformed");
        assertThat(rules(request("ZJ-X", "100000", "taxation", null, "government-organ")))
                .containsExactly("department.division-malformed");
    }

    @Test
    void rejects_a_division_that_does_not_exist() {
        assertThat(rules(request("ZJ-X", "330199", "taxation", null, "government-organ")))
                .containsExactly("department.division-unknown");
    }

    @Test
    void rejects_an_unknown_line() {
        assertThat(rules(request("ZJ-X", "330106", "astrology", null, "government-organ")))
                .containsExactly("department.line-unknown");
    }

    @Test
    void rejects_a_parent_that_does_not_exist() {
        assertThat(rules(request("ZJ-X", "330106", "market-regulation", 99L, "government-organ")))
                .containsExactly("department.parent-unknown");
    }

    @Test
    void rejects_a_dissolved_parent() {
        assertThat(rules(request("ZJ-X", "330106", "market-regulation", oldBureau.id(), "government-organ")))
                .containsExactly("department.parent-dissolved");
    }

    @Test
    void rejects_a_parent_in_another_city() {
        assertThat(rules(request("ZJ-X", "330106", "market-regulation", ningboBureau.id(), "government-organ")))
                .containsExactly("department.parent-outside-division");
    }

    @Test
    void rejects_a_parent_in_a_division_below() {
        assertThat(rules(request("ZJ-X", "330100", "market-regulation", countyBureau.id(), "government-organ")))
                .containsExactly("department.parent-outside-division");
    }

    @Test
    void rejects_a_parent_above_on_another_line() {
        assertThat(rules(request("ZJ-X", "330106", "taxation", cityBureau.id(), "government-organ")))
                .containsExactly("department.parent-on-other-line");
    }

    @Test
    void a_parent_in_the_same_division_may_be_on_another_line() {
        assertThat(rules(request("ZJ-X", "330106", "government-services", countyBureau.id(), "service-centre")))
                .isEmpty();
    }

    @Test
    void an_internal_unit_needs_a_parent_in_its_own_division() {
        assertThat(rules(request("ZJ-X", "330106", "market-regulation", null, "internal-unit")))
                .containsExactly("department.parent-required");
        assertThat(rules(request("ZJ-X", "330106", "market-regulation", cityBureau.id(), "internal-unit")))
                .containsExactly("department.parent-outside-division");
        assertThat(rules(request("ZJ-X", "330106", "market-regulation", countyBureau.id(), "internal-unit")))
                .isEmpty();
    }

    @Test
    void a_department_cannot_become_a_subordinate_of_its_own_subordinate() {
        DepartmentRequest cityUnderCounty = new DepartmentRequest("ZJ-HZ-SCJG", "杭州市市场监督管理局", null, "330106",
                "market-regulation", countyBureau.id(), "government-organ");
        assertThat(rules.check(cityUnderCounty, cityBureau.id())).extracting(RuleViolation::rule)
                .containsExactly("department.parent-cycle");
    }

    @Test
    void a_department_cannot_be_its_own_parent() {
        DepartmentRequest self = new DepartmentRequest("ZJ-HZ-XH-SCJG", "西湖区市场监督管理局", null, "330106",
                "market-regulation", countyBureau.id(), "government-organ");
        assertThat(rules.check(self, countyBureau.id())).extracting(RuleViolation::rule)
                .containsExactly("department.parent-cycle");
    }

    @Test
    void names_longer_than_the_limit_are_refused() {
        DepartmentRequest longName = new DepartmentRequest("ZJ-X", "局".repeat(101), "简".repeat(41), "330106",
                "taxation", null, "government-organ");
        assertThat(rules.check(longName, null)).extracting(RuleViolation::rule)
                .containsExactlyInAnyOrder("department.name-too-long", "department.short-name-too-long");
    }

    @Test
    void normalizing_trims_text_and_treats_blanks_as_missing() {
        DepartmentRequest typed = new DepartmentRequest(" ZJ-X ", " 名称 ", "  ", " 330106", "taxation ", null, "");
        assertThat(typed.normalized()).isEqualTo(
                new DepartmentRequest("ZJ-X", "名称", null, "330106", "taxation", null, null));
    }

    private List<String> rules(DepartmentRequest request) {
        return rules.check(request, null).stream().map(RuleViolation::rule).toList();
    }

    private static DepartmentRequest request(String code, String division, String line, Long parent, String kind) {
        return new DepartmentRequest(code, "测试部门", null, division, line, parent, kind);
    }

    private Department add(long id, String code, String division, String line, Long parent, DepartmentKind kind,
            DepartmentStatus status) {
        Department department = new Department(id, code, code, null, division, line, parent, kind, status,
                Instant.EPOCH, Instant.EPOCH);
        departments.put(id, department);
        return department;
    }
}
