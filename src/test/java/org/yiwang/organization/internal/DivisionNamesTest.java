package org.yiwang.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionNamesTest {

    @Test
    void municipal_districts_and_counties_carry_the_municipality_name() {
        assertThat(DivisionNames.displayName("市辖区", "北京市")).isEqualTo("北京市市辖区");
        assertThat(DivisionNames.displayName("县", "重庆市")).isEqualTo("重庆市县");
    }

    @Test
    void directly_governed_county_groups_carry_the_province_name_once() {
        assertThat(DivisionNames.displayName("省直辖县级行政区划", "河南省")).isEqualTo("河南省直辖县级行政区划");
        assertThat(DivisionNames.displayName("自治区直辖县级行政区划", "新疆维吾尔自治区"))
                .isEqualTo("新疆维吾尔自治区直辖县级行政区划");
    }

    @Test
    void a_place_name_is_shown_as_it_is() {
        assertThat(DivisionNames.displayName("西湖区", "杭州市")).isEqualTo("西湖区");
        assertThat(DivisionNames.displayName("县城区", "某市")).isEqualTo("县城区");
        assertThat(DivisionNames.displayName("浙江省", null)).isEqualTo("浙江省");
    }
}
