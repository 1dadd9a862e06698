package org.yiwang.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yiwang.common.DivisionCode.Level;

class DivisionCodeTest {

    static final DivisionCode BEIJING = DivisionCode.parse("110000");
    static final DivisionCode BEIJING_CITY = DivisionCode.parse("110100");
    static final DivisionCode CHAOYANG = DivisionCode.parse("110105");

    static Object[] rules(String input) {
        return DivisionCode.check(input).stream().map(RuleViolation::rule).toArray();
    }

    @Test
    void level_follows_the_trailing_zero_pairs() {
        assertThat(BEIJING.level()).isEqualTo(Level.PROVINCE);
        assertThat(BEIJING_CITY.level()).isEqualTo(Level.CITY);
        assertThat(CHAOYANG.level()).isEqualTo(Level.COUNTY);
        assertThat(DivisionCode.NATIONAL.level()).isEqualTo(Level.NATIONAL);
    }

    @Test
    void county_lies_in_its_city_which_lies_in_its_province() {
        assertThat(CHAOYANG.parent()).contains(BEIJING_CITY);
        assertThat(BEIJING_CITY.parent()).contains(BEIJING);
        assertThat(BEIJING.parent()).isEmpty();
        assertThat(CHAOYANG.city()).contains(BEIJING_CITY);
        assertThat(CHAOYANG.province()).contains(BEIJING);
        assertThat(BEIJING.city()).isEmpty();
    }

    @Test
    void county_directly_under_a_province_keeps_its_administrative_city_level() {
        DivisionCode xiantao = DivisionCode.parse("429004");

        assertThat(xiantao.parent()).contains(DivisionCode.parse("429000"));
    }

    @Test
    void prefix_holds_the_digits_every_division_inside_shares() {
        assertThat(BEIJING.prefix()).isEqualTo("11");
        assertThat(BEIJING_CITY.prefix()).isEqualTo("1101");
        assertThat(CHAOYANG.prefix()).isEqualTo("110105");
        assertThat(DivisionCode.NATIONAL.prefix()).isEmpty();
    }

    @Test
    void a_division_contains_itself_and_what_lies_inside() {
        assertThat(BEIJING.contains(CHAOYANG)).isTrue();
        assertThat(BEIJING_CITY.contains(CHAOYANG)).isTrue();
        assertThat(CHAOYANG.contains(CHAOYANG)).isTrue();
        assertThat(CHAOYANG.contains(BEIJING)).isFalse();
        assertThat(BEIJING.contains(DivisionCode.parse("310101"))).isFalse();
        assertThat(DivisionCode.NATIONAL.contains(CHAOYANG)).isTrue();
        assertThat(BEIJING.contains(DivisionCode.NATIONAL)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110000", "110105", "650000", "710000", "810000", "820000", "100000", " 110105 "})
    void accepts_well_formed_codes(String input) {
        assertThat(rules(input)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_missing_division_code(String input) {
        assertThat(rules(input)).containsExactly("division-code.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010", "1101050", "11010A", "１１０１０５"})
    void rejects_division_code_that_is_not_six_digits(String input) {
        assertThat(rules(input)).containsExactly("division-code.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"990000", "160101", "101000", "000000", "720000"})
    void rejects_division_code_outside_the_gb_2260_provinces(String input) {
        assertThat(rules(input)).containsExactly("division-code.province");
    }

    @Test
    void rejects_county_code_without_a_city_part() {
        assertThat(rules("110005")).containsExactly("division-code.city-part");
    }

    @Test
    void equal_codes_are_equal_and_print_as_their_digits() {
        assertThat(DivisionCode.parse(" 110105")).isEqualTo(CHAOYANG).hasSameHashCodeAs(CHAOYANG);
        assertThat(CHAOYANG).hasToString("110105");
    }
}
