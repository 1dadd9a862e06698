package org.yiwang.registry.internal.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Made-up land parcels in the counties of a province, each held by one of the generated people (seven in ten) or
 * entities, identified by ID number or credit code so that the file loads after the people and entities it names.
 * The boundary is a small square at a random point of the province's longitude and latitude range, as large as the
 * parcel's area. Parcel codes follow the real-estate unit number and never repeat within a file.
 */
final class ParcelGenerator extends Generated<ParcelGenerator.Row> {

    /** Zhejiang's extent, roughly; another province's parcels land in the same box, which the register allows. */
    private static final double WEST = 118.1;
    private static final double EAST = 122.8;
    private static final double SOUTH = 27.1;
    private static final double NORTH = 31.1;
    private static final double METRES_PER_DEGREE = 111_000;

    record Row(String code, String holderKind, String holderNumber, String landUse, String area, String divisionCode,
            String boundary) {
    }

    private final List<Place> places;
    private final List<String> people;
    private final List<String> entities;
    private long serial;

    ParcelGenerator(List<Place> places, List<String> people, List<String> entities, long count, long seed) {
        super(count, seed);
        if (people.isEmpty()) {
            throw new IllegalArgumentException("parcels need people to hold them");
        }
        this.places = places;
        this.people = people;
        this.entities = entities;
    }

    @Override
    protected Row produce() {
        long n = serial++;
        Place place = places.get(random.nextInt(places.size()));
        String code = "%s%03d%03dGB%05dW00000000".formatted(place.code(), n / 100_000 % 1000 + 1,
                n / 100_000 / 1000 % 1000 + 1, n % 100_000);
        boolean person = entities.isEmpty() || random.nextInt(10) < 7;
        String holder = person ? people.get(random.nextInt(people.size()))
                : entities.get(random.nextInt(entities.size()));
        BigDecimal area = BigDecimal.valueOf(200 + random.nextInt(19_800) + random.nextInt(100) / 100.0)
                .setScale(2, RoundingMode.HALF_UP);
        double side = Math.sqrt(area.doubleValue()) / METRES_PER_DEGREE;
        double west = WEST + random.nextDouble() * (EAST - WEST - side);
        double south = SOUTH + random.nextDouble() * (NORTH - SOUTH - side);
        String boundary = String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]}",
                west, south, west + side, south, west + side, south + side, west, south + side, west, south);
        return new Row(code, person ? "PERSON" : "LEGAL_ENTITY", holder, "%02d".formatted(1 + random.nextInt(12)),
                area.toPlainString(), place.code(), boundary);
    }
}
