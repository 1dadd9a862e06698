package org.yiwang.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiwang.organization.Division;
import org.yiwang.organization.DivisionLevel;

class DivisionTreeTest {

    private final DivisionTree tree = new DivisionTree(List.of(
            new DivisionTree.Entry("330000", "浙江省", DivisionLevel.PROVINCE, null),
            new DivisionTree.Entry("330100", "杭州市", DivisionLevel.CITY, "330000"),
            new DivisionTree.Entry("330106", "西湖区", DivisionLevel.COUNTY, "330100"),
            new DivisionTree.Entry("330102", "上城区", DivisionLevel.COUNTY, "330100"),
            new DivisionTree.Entry("330200", "宁波市", DivisionLevel.CITY, "330000"),
            new DivisionTree.Entry("330212", "鄞州区", DivisionLevel.COUNTY, "330200"),
            new DivisionTree.Entry("110000", "北京市", DivisionLevel.PROVINCE, null),
            new DivisionTree.Entry("110100", "市辖区", DivisionLevel.CITY, "110000")));

    @Test
    void children_are_the_divisions_one_level_down_in_code_order() {
        assertThat(tree.children("330100")).extracting(Division::code).containsExactly("330102", "330106");
        assertThat(tree.children("330106")).isEmpty();
    }

    @Test
    void ancestors_run_from_the_province_down_to_the_parent() {
        assertThat(tree.ancestors("330106")).extracting(Division::code).containsExactly("330000", "330100");
        assertThat(tree.ancestors("330000")).isEmpty();
        assertThat(tree.ancestors("999999")).isEmpty();
    }

    @Test
    void a_county_is_a_descendant_of_its_city_and_province_but_not_of_itself_or_a_sibling() {
        assertThat(tree.isDescendant("330106", "330100")).isTrue();
        assertThat(tree.isDescendant("330106", "330000")).isTrue();
        assertThat(tree.isDescendant("330106", "330106")).isFalse();
        assertThat(tree.isDescendant("330106", "330200")).isFalse();
        assertThat(tree.isDescendant("330000", "330106")).isFalse();
    }

    @Test
    void a_scope_covers_its_own_division_and_everything_below_it() {
        assertThat(tree.isWithin("330100", "330100")).isTrue();
        assertThat(tree.isWithin("330106", "330000")).isTrue();
        assertThat(tree.isWithin("330212", "330100")).isFalse();
        assertThat(tree.isWithin("999999", "999999")).isFalse();
    }

    @Test
    void codes_within_a_division_include_itself_and_all_descendants() {
        assertThat(tree.codesWithin("330000"))
                .containsExactlyInAnyOrder("330000", "330100", "330102", "330106", "330200", "330212");
        assertThat(tree.codesWithin("330106")).containsExactly("330106");
        assertThat(tree.codesWithin("999999")).isEmpty();
    }

    @Test
    void divisions_are_listed_by_level() {
        assertThat(tree.at(DivisionLevel.PROVINCE)).extracting(Division::code).containsExactly("110000", "330000");
        assertThat(tree.at(DivisionLevel.COUNTY)).hasSize(3);
    }

    @Test
    void a_placeholder_city_level_is_shown_with_its_province() {
        Division beijingDistricts = tree.find("110100").orElseThrow();
        assertThat(beijingDistricts.name()).isEqualTo("市辖区");
        assertThat(beijingDistricts.displayName()).isEqualTo("北京市市辖区");
        assertThat(tree.find("330106").orElseThrow().displayName()).isEqualTo("西湖区");
    }
}
