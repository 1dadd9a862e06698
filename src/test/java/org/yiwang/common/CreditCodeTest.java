package org.yiwang.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** The worked example in GB 32100-2015: an enterprise registered in Fuzhou. */
    static final String STANDARD_EXAMPLE = "91350100M000100Y43";

    static Object[] rules(String input) {
        return CreditCode.check(input).stream().map(RuleViolation::rule).toArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {STANDARD_EXAMPLE, "91440300708461136T", "914403001922038216", "91110108551385082Q",
            "91100000100003962T", "112302070019030687", "51610700305332460K", "11610923MB2900168E",
            "1134082855783407XL", "91341000MA2N0ABGXX"})
    void accepts_published_credit_codes(String code) {
        assertThat(rules(code)).isEmpty();
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
    }

    @Test
    void reads_the_parts_of_the_standards_example() {
        CreditCode code = CreditCode.parse(STANDARD_EXAMPLE);

        assertThat(code.authority()).isEqualTo(RegistrationAuthority.INDUSTRY_AND_COMMERCE);
        assertThat(code.authority().chineseName()).isEqualTo("工商");
        assertThat(code.organizationType()).isEqualTo(new OrganizationType('1', "企业"));
        assertThat(code.divisionCode()).isEqualTo(DivisionCode.parse("350100"));
        assertThat(code.organizationCode()).isEqualTo("M000100Y4");
    }

    @Test
    void bodies_registered_by_central_authorities_carry_the_national_division_code() {
        assertThat(CreditCode.parse("91100000100003962T").divisionCode()).isEqualTo(DivisionCode.NATIONAL);
    }

    @Test
    void accepts_lower_case_letters_and_surrounding_blanks() {
        assertThat(CreditCode.parse(" 91350100m000100y43 ").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void rejects_credit_code_with_wrong_check_character() {
        assertThat(rules("91350100M000100Y44")).containsExactly("credit-code.check-character");
        assertThat(rules("91350100M000100Y4Y")).containsExactly("credit-code.check-character");
    }

    @Test
    void the_standards_counter_example_ends_in_a_character_no_credit_code_uses() {
        assertThat(rules("91350100M000100Y4Z")).containsExactly("credit-code.characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejects_missing_credit_code(String input) {
        assertThat(rules(input)).containsExactly("credit-code.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "M0001000-Y"})
    void rejects_credit_code_that_is_not_18_characters(String input) {
        assertThat(rules(input)).containsExactly("credit-code.length");
    }

    @ParameterizedTest
    @CsvSource({"I,11", "O,12", "S,13", "V,14", "Z,15", "-,1", "中,18"})
    void rejects_letters_the_standard_leaves_out_and_other_characters(String bad, int position) {
        String code = STANDARD_EXAMPLE.substring(0, position - 1) + bad + STANDARD_EXAMPLE.substring(position);

        assertThat(CreditCode.check(code)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("credit-code.characters");
            assertThat(v.args()).containsExactly(position, bad);
        });
    }

    @Test
    void rejects_unknown_registering_authority() {
        assertThat(rules("B1350100M000100Y41")).containsExactly("credit-code.authority");
    }

    @ParameterizedTest
    @ValueSource(strings = {"94350100M000100Y4R", "23350100M000100Y44", "Y2350100M000100Y4A"})
    void rejects_organisation_type_the_authority_does_not_register(String code) {
        assertThat(rules(code)).containsExactly("credit-code.type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Y1350100M000100Y4D", "N3350100M000100Y4F", "A1100000M000100Y4T"})
    void accepts_every_authority_and_type_pair_the_standard_lists(String code) {
        assertThat(rules(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91990100M000100Y4U", "91350001M000100Y4C"})
    void rejects_malformed_division_code(String code) {
        assertThat(rules(code)).containsExactly("credit-code.division");
    }

    @Test
    void rejects_organisation_code_with_wrong_check_character() {
        assertThat(CreditCode.check("91350100M000100Y56")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("credit-code.organization-code");
            assertThat(v.args()).containsExactly("M000100Y5");
        });
    }

    @Test
    void factory_computes_both_check_characters() {
        CreditCode code = CreditCode.of('9', '1', DivisionCode.parse("350100"), "M000100Y");

        assertThat(code.value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void factory_writes_organisation_check_value_ten_as_x() {
        assertThat(CreditCode.of('1', '1', DivisionCode.parse("340828"), "55783407").value())
                .isEqualTo("1134082855783407XL");
    }

    @Test
    void factory_refuses_parts_a_credit_code_cannot_hold() {
        DivisionCode fuzhou = DivisionCode.parse("350100");

        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of('9', '1', fuzhou, "M000100"));
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of('9', '1', fuzhou, "M00010OY"));
        assertThatThrownBy(() -> CreditCode.of('9', '4', fuzhou, "M000100Y"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::rule).containsExactly("credit-code.type"));
    }

    @Test
    void every_authority_lists_its_types_in_code_order() {
        assertThat(RegistrationAuthority.JUDICIAL_ADMINISTRATION.types()).extracting(OrganizationType::code)
                .containsExactly('1', '2', '3', '4', '5', '9');
        assertThat(RegistrationAuthority.ofCode('N')).contains(RegistrationAuthority.AGRICULTURE);
        assertThat(RegistrationAuthority.ofCode('Z')).isEmpty();
    }
}
