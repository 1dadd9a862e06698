package org.yiwang.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** The example GB 11643-1999 gives: a woman born 1949-12-31 in Chaoyang District, Beijing. */
    static final String STANDARD_EXAMPLE = "11010519491231002X";

    static Object[] rules(String input) {
        return IdNumber.check(input, TODAY).stream().map(RuleViolation::rule).toArray();
    }

    @Test
    void accepts_the_example_from_the_standard_and_reads_its_parts() {
        IdNumber id = IdNumber.parse(STANDARD_EXAMPLE);

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.divisionCode()).isEqualTo(DivisionCode.parse("110105"));
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sequence()).isEqualTo(2);
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void odd_sequence_number_is_male() {
        assertThat(IdNumber.parse("110105194912310011").sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void accepts_lower_case_x_and_stores_it_as_capital_x() {
        assertThat(IdNumber.parse("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void ignores_surrounding_blanks() {
        assertThat(IdNumber.parse("  11010519491231002X\n")).isEqualTo(IdNumber.parse(STANDARD_EXAMPLE));
    }

    @Test
    void masks_the_birth_date_and_never_prints_the_full_number() {
        IdNumber id = IdNumber.parse(STANDARD_EXAMPLE);

        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
    }

    @Test
    void rejects_id_number_with_wrong_check_character() {
        assertThat(rules("110105194912310021")).containsExactly("id-number.check-character");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void rejects_missing_id_number(String input) {
        assertThat(rules(input)).containsExactly("id-number.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002", "11010519491231002X1", "110105491231002"})
    void rejects_id_number_that_is_not_18_characters(String input) {
        assertThat(IdNumber.check(input, TODAY)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("id-number.length");
            assertThat(v.args()).containsExactly(input.length());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100XX", "X10105194912310029", "11010519491231002Y", "11010519491231002-",
            "１１０１０５１９４９１２３１００２Ｘ"})
    void rejects_id_number_with_characters_other_than_digits_and_a_final_x(String input) {
        assertThat(rules(input)).containsExactly("id-number.characters");
    }

    @Test
    void rejects_impossible_birth_date() {
        assertThat(rules("110105194902300020")).containsExactly("id-number.birth-date");
    }

    @Test
    void rejects_birth_date_before_1900_even_in_the_standards_own_1880_example() {
        assertThat(rules("440524188001010014")).containsExactly("id-number.birth-date");
        assertThat(rules("110105189912310023")).containsExactly("id-number.birth-date");
        assertThat(rules("110105190001010028")).isEmpty();
    }

    @Test
    void rejects_birth_date_in_the_future() {
        String bornTomorrow = "110105202611230015";

        assertThat(rules(bornTomorrow)).containsExactly("id-number.birth-date-future");
        assertThat(IdNumber.check(bornTomorrow, TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void rejects_sequence_number_000() {
        assertThat(rules("110105194912310003")).containsExactly("id-number.sequence");
    }

    @ParameterizedTest
    @ValueSource(strings = {"990105194912310023", "110005194912310024", "100000194912310020"})
    void rejects_division_code_that_is_no_province_city_or_county(String input) {
        assertThat(IdNumber.check(input, TODAY)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("id-number.division");
            assertThat(v.args()).containsExactly(input.substring(0, 6));
        });
    }

    @Test
    void reports_every_broken_rule_at_once() {
        assertThat(rules("110105194902300001")).containsExactly(
                "id-number.birth-date", "id-number.sequence", "id-number.check-character");
    }

    @Test
    void refusal_names_the_field_value_which_a_caller_can_rename() {
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations()).extracting(RuleViolation::field).containsExactly("value");
                    assertThat(e.forField("applicantIdNumber").violations())
                            .extracting(RuleViolation::field).containsExactly("applicantIdNumber");
                });
    }

    @Test
    void factory_computes_the_check_character() {
        IdNumber id = IdNumber.of(DivisionCode.parse("110105"), LocalDate.of(1949, 12, 31), 2);

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void factory_refuses_sequence_that_does_not_fit_three_digits() {
        DivisionCode chaoyang = DivisionCode.parse("110105");
        LocalDate birth = LocalDate.of(1990, 1, 1);

        assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.of(chaoyang, birth, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.of(chaoyang, birth, 1000));
    }

    @Test
    void factory_refuses_what_parse_refuses() {
        assertThatThrownBy(() -> IdNumber.of(DivisionCode.parse("110105"), LocalDate.of(1899, 12, 31), 1))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::rule).containsExactly("id-number.birth-date"));
        assertThatThrownBy(() -> IdNumber.of(DivisionCode.NATIONAL, LocalDate.of(1990, 1, 1), 1))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void equal_numbers_are_equal() {
        assertThat(IdNumber.parse(STANDARD_EXAMPLE)).isEqualTo(IdNumber.parse("11010519491231002x"))
                .hasSameHashCodeAs(IdNumber.parse("11010519491231002x"))
                .isNotEqualTo(IdNumber.parse("110105194912310011"));
    }
}
