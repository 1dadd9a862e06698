package org.yiwang.registry.internal.synthetic;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;
import org.yiwang.common.Sex;
import org.yiwang.registry.PersonInput;

/**
 * Made-up people, the same ones for the same seed and places: an ID number issued in one of the counties, with a
 * birth date between 1930 and {@link #REFERENCE_DATE} and a sequence number whose parity gives the sex; a name to
 * match the sex, mostly Han (01), a household address in the county of the ID number (or, for some, another one),
 * a mobile number, a marital status fitting the age. ID numbers never repeat within one run.
 */
final class PersonGenerator extends Generated<PersonInput> {

    /** Ages are counted on this day, so that a seed gives the same people whenever it runs. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 12, 31);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1930, 1, 1);
    private static final int BIRTH_DAYS = (int) (REFERENCE_DATE.toEpochDay() - EARLIEST_BIRTH.toEpochDay());
    private static final String[] MINORITIES = {"03", "22", "06", "08", "15", "11", "02", "04"};
    private static final String[] MOBILE_PREFIXES = {"13", "15", "17", "18", "19", "14", "16"};

    private final List<Place> places;
    private final Set<Long> issued = new HashSet<>();

    PersonGenerator(List<Place> places, long count, long seed) {
        super(count, seed);
        if (places.isEmpty()) {
            throw new IllegalArgumentException("no places to register people in");
        }
        this.places = List.copyOf(places);
    }

    @Override
    protected PersonInput produce() {
        Place birthPlace = places.get(random.nextInt(places.size()));
        IdNumber id = newIdNumber(birthPlace);
        boolean male = id.sex() == Sex.MALE;
        Place household = random.nextInt(100) < 85 ? birthPlace : places.get(random.nextInt(places.size()));
        String householdAddress = Addresses.address(random, household);
        String currentAddress = random.nextInt(100) < 70 ? householdAddress
                : Addresses.address(random, places.get(random.nextInt(places.size())));
        int age = Period.between(id.birthDate(), REFERENCE_DATE).getYears();
        return new PersonInput(id.value(), ChineseNames.name(random, male), male ? "MALE" : "FEMALE",
                id.birthDate().toString(), ethnicity(), household.code(), householdAddress, currentAddress,
                age >= 10 ? phone() : null, maritalStatus(age), status(age));
    }

    private IdNumber newIdNumber(Place place) {
        DivisionCode division = DivisionCode.parse(place.code());
        while (true) {
            LocalDate birth = EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS + 1));
            int sequence = 1 + random.nextInt(999);
            long key = Long.parseLong(place.code()) * 100_000_000_000L + birth.toEpochDay() * 1000L + sequence;
            if (issued.add(key)) {
                return IdNumber.of(division, birth, sequence);
            }
        }
    }

    private String ethnicity() {
        return random.nextInt(100) < 92 ? "01" : MINORITIES[random.nextInt(MINORITIES.length)];
    }

    private String phone() {
        StringBuilder phone = new StringBuilder(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]);
        for (int i = 0; i < 9; i++) {
            phone.append((char) ('0' + random.nextInt(10)));
        }
        return phone.toString();
    }

    private String maritalStatus(int age) {
        if (age < 22) {
            return "10";
        }
        int draw = random.nextInt(100);
        if (age > 70 && draw < 25) {
            return "30";
        }
        return draw < 70 ? "20" : draw < 85 ? "10" : draw < 95 ? "40" : "90";
    }

    private String status(int age) {
        int draw = random.nextInt(1000);
        if (age > 60 && draw < 20) {
            return "DECEASED";
        }
        return draw >= 995 ? "EMIGRATED" : "LIVING";
    }
}
