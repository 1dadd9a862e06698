package org.yiwang.registry.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.common.Sex;
import org.yiwang.registry.EntityInput;
import org.yiwang.registry.PersonInput;

class GeneratorsTest {

    static final List<Place> PLACES = List.of(
            new Place("330106", "浙江省杭州市西湖区", "西湖区"),
            new Place("330212", "浙江省宁波市鄞州区", "鄞州区"),
            new Place("330382", "浙江省温州市乐清市", "乐清市"));

    @Test
    void every_generated_person_has_a_valid_id_number_that_agrees_with_sex_birth_date_and_division() {
        List<PersonInput> people = people(5_000, 42);
        Set<String> ids = new HashSet<>();
        for (PersonInput p : people) {
            IdNumber id = IdNumber.parse(p.idNumber());
            assertThat(ids.add(id.value())).isTrue();
            assertThat(p.sex()).isEqualTo(id.sex() == Sex.MALE ? "MALE" : "FEMALE");
            assertThat(LocalDate.parse(p.birthDate())).isEqualTo(id.birthDate());
            assertThat(PLACES).extracting(Place::code).contains(id.divisionCode().value(), p.householdDivision());
            assertThat(p.name()).matches("\\p{IsHan}{2,4}");
            assertThat(p.householdAddress()).startsWith("浙江省");
            if (p.phone() != null) {
                assertThat(p.phone()).matches("1[3-9]\\d{9}");
            }
        }
        long han = people.stream().filter(p -> p.ethnicity().equals("01")).count();
        assertThat(han).isBetween(4_400L, 4_800L);
        long men = people.stream().filter(p -> p.sex().equals("MALE")).count();
        assertThat(men).isBetween(2_300L, 2_700L);
    }

    @Test
    void children_are_unmarried() {
        assertThat(people(2_000, 7)).filteredOn(p -> LocalDate.parse(p.birthDate()).isAfter(LocalDate.of(2008, 1, 1)))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.maritalStatus()).isEqualTo("10"));
    }

    @Test
    void the_same_seed_gives_the_same_people_and_a_longer_run_extends_a_shorter_one() {
        assertThat(people(100, 42)).isEqualTo(people(100, 42));
        assertThat(people(300, 42).subList(0, 100)).isEqualTo(people(100, 42));
        assertThat(people(100, 43)).isNotEqualTo(people(100, 42));
    }

    @Test
    void every_generated_entity_has_a_valid_credit_code_of_its_county_and_an_adult_representative() {
        List<EntityGenerator.Adult> adults = people(500, 42).stream()
                .map(p -> new EntityGenerator.Adult(p.idNumber(), LocalDate.parse(p.birthDate()).plusYears(18)))
                .filter(a -> !a.adultOn().isAfter(PersonGenerator.REFERENCE_DATE))
                .toList();
        EntityGenerator entities = new EntityGenerator(PLACES, adults, 2_000, 43);
        Set<String> codes = new HashSet<>();
        while (entities.hasNext()) {
            EntityInput e = entities.next();
            CreditCode code = CreditCode.parse(e.creditCode());
            assertThat(codes.add(code.value())).isTrue();
            assertThat(code.divisionCode().value()).isEqualTo(e.domicileDivision());
            EntityGenerator.Adult representative = adults.stream()
                    .filter(a -> a.idNumber().equals(e.legalRepresentativeIdNumber())).findFirst().orElseThrow();
            assertThat(LocalDate.parse(e.establishedOn())).isAfterOrEqualTo(representative.adultOn());
            assertThat(e.registeredCapital()).matches("\\d+\\.00");
        }
    }

    private static List<PersonInput> people(int count, long seed) {
        List<PersonInput> people = new ArrayList<>();
        new PersonGenerator(PLACES, count, seed).forEachRemaining(people::add);
        return people;
    }
}
