package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.DivisionDirectory;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.Sex;

class PersonRulesTest {

    static final Set<String> KNOWN = Set.of("330000", "330100", "330106", "110000", "110100", "110105");
    static final DivisionDirectory DIVISIONS = code -> KNOWN.contains(code.value()) ? Optional.of("known") : Optional.empty();
    static final String MAN = IdNumber.of(DivisionCode.parse("330106"), LocalDate.of(1985, 3, 12), 101).value();

    final PersonRules rules = new PersonRules(DIVISIONS);

    static PersonInput person(String idNumber) {
        return new PersonInput(idNumber, "张三", null, null, "01", "330106", "浙江省杭州市西湖区文三路 90 号", null,
                "13800001234", "20", null);
    }

    static PersonInput with(PersonInput p, String sex, String birthDate) {
        return new PersonInput(p.idNumber(), p.name(), sex, birthDate, p.ethnicity(), p.householdDivision(),
                p.householdAddress(), p.currentAddress(), p.phone(), p.maritalStatus(), p.status());
    }

    @Test
    void accepts_a_complete_person_and_derives_sex_and_birth_date_from_the_id_number() {
        PersonRecord record = rules.validate(person(MAN));
        assertThat(record.sex()).isEqualTo(Sex.MALE);
        assertThat(record.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(record.ethnicity()).isEqualTo(Ethnicity.HAN);
        assertThat(record.maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
        assertThat(record.status()).isEqualTo(PersonStatus.LIVING);
    }

    @Test
    void accepts_sex_and_birth_date_that_agree_with_the_id_number() {
        assertThat(rules.check(with(person(MAN), "男", "1985-03-12"))).isEmpty();
        assertThat(rules.check(with(person(MAN), "1", null))).isEmpty();
    }

    @Test
    void rejects_id_number_with_wrong_check_character() {
        String wrong = MAN.substring(0, 17) + (MAN.charAt(17) == '0' ? '1' : '0');
        assertThat(rules.check(person(wrong))).extracting(RuleViolation::field, RuleViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("idNumber", "id-number.check-character"));
    }

    @Test
    void rejects_birth_date_that_disagrees_with_the_id_number() {
        assertThat(rules.check(with(person(MAN), null, "1985-03-13"))).extracting(RuleViolation::rule)
                .containsExactly("registry.birth-date.mismatch");
    }

    @Test
    void rejects_sex_that_disagrees_with_the_id_number() {
        assertThat(rules.check(with(person(MAN), "FEMALE", null))).extracting(RuleViolation::rule)
                .containsExactly("registry.sex.mismatch");
    }

    @Test
    void rejects_household_division_that_is_not_on_record() {
        PersonInput p = person(MAN);
        PersonInput unknown = new PersonInput(p.idNumber(), p.name(), null, null, "01", "330199", p.householdAddress(),
                null, null, "20", null);
        assertThat(rules.check(unknown)).extracting(RuleViolation::field, RuleViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("householdDivision", "division-code.unknown"));
    }

    @Test
    void names_every_broken_rule_at_once_and_refuses_as_a_whole() {
        PersonInput bad = new PersonInput(MAN, "", null, null, "57", "330106", "", null, "12345", "99", "ALIVE");
        assertThatThrownBy(() -> rules.validate(bad)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(RuleViolation::field).containsExactly(
                        "name", "ethnicity", "householdAddress", "phone", "maritalStatus", "status"));
    }

    @Test
    void knows_the_56_ethnic_groups_by_their_gb_3304_codes() {
        assertThat(Ethnicity.values()).hasSize(56);
        assertThat(Ethnicity.ofCode("56")).contains(Ethnicity.JINO);
        assertThat(Ethnicity.ofCode("1")).contains(Ethnicity.HAN);
        assertThat(Ethnicity.ofCode("57")).isEmpty();
    }

    @Test
    void records_name_the_fields_that_changed() {
        PersonRecord before = rules.validate(person(MAN));
        PersonInput p = person(MAN);
        PersonRecord after = rules.validate(new PersonInput(p.idNumber(), p.name(), null, null, "01", "330106",
                p.householdAddress(), "浙江省杭州市西湖区古墩路 1 号", "13900001234", "40", null));
        assertThat(after.changedFrom(before)).containsExactly("currentAddress", "phone", "maritalStatus");
        assertThat(before.changedFrom(before)).isEmpty();
    }
}
