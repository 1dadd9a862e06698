package org.yiwang.registry.internal.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.yiwang.organization.Division;
import org.yiwang.organization.DivisionLevel;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.EntityInput;
import org.yiwang.registry.PersonInput;
import org.yiwang.registry.internal.macro.SyntheticSeries;

/**
 * Writes synthetic registers as CSV files in the import format, one header row and one row per record, in UTF-8 or
 * GB18030. People are issued in the real counties of a province; legal entities are represented by adults of the
 * people generated with the same seed and count, so that both files load together.
 */
@Service
class SyntheticData {

    static final String[] PEOPLE_COLUMNS = {"id_number", "name", "sex", "birth_date", "ethnicity", "household_division",
            "household_address", "current_address", "phone", "marital_status", "status"};
    static final String[] ENTITY_COLUMNS = {"credit_code", "name", "type", "legal_representative_id_number",
            "registered_capital", "established_on", "registration_authority", "domicile_division", "domicile_address",
            "business_scope", "status"};
    static final String[] PARCEL_COLUMNS = {"code", "holder_kind", "holder_number", "land_use", "area", "division_code",
        "boundary"};
    static final String[] INDICATOR_COLUMNS = {"indicator", "division_code", "period", "value", "source_department"};
    /** At most this many adults are kept as candidate representatives, whatever the number of people. */
    private static final int MAX_REPRESENTATIVES = 100_000;

    private final OrganizationDirectory directory;

    SyntheticData(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** The counties of the province, with their full names; empty for an unknown province. */
    List<Place> counties(String provinceCode) {
        List<Place> places = new ArrayList<>();
        for (Division county : directory.divisionsAt(DivisionLevel.COUNTY)) {
            if (directory.isWithin(county.code(), provinceCode)) {
                StringBuilder fullName = new StringBuilder();
                for (Division above : directory.ancestors(county.code())) {
                    if (!above.name().equals("市辖区") && !above.name().endsWith("直辖县级行政区划")) {
                        fullName.append(above.name());
                    }
                }
                places.add(new Place(county.code(), fullName.append(county.name()).toString(), county.name()));
            }
        }
        return places;
    }

    long writePeople(OutputStream out, Charset charset, String provinceCode, long count, long seed)
            throws IOException {
        PersonGenerator people = new PersonGenerator(places(provinceCode), count, seed);
        try (CSVPrinter csv = printer(out, charset, PEOPLE_COLUMNS)) {
            long written = 0;
            while (people.hasNext()) {
                PersonInput p = people.next();
                csv.printRecord(p.idNumber(), p.name(), p.sex(), p.birthDate(), p.ethnicity(), p.householdDivision(),
                        p.householdAddress(), p.currentAddress(), p.phone(), p.maritalStatus(), p.status());
                written++;
            }
            return written;
        }
    }

    /** {@code count} entities whose representatives are adults among the {@code people} generated with {@code seed}. */
    long writeEntities(OutputStream out, Charset charset, String provinceCode, long count, long people, long seed)
            throws IOException {
        List<Place> places = places(provinceCode);
        EntityGenerator entities = new EntityGenerator(places, adults(places, people, seed), count, seed + 1);
        try (CSVPrinter csv = printer(out, charset, ENTITY_COLUMNS)) {
            long written = 0;
            while (entities.hasNext()) {
                EntityInput e = entities.next();
                csv.printRecord(e.creditCode(), e.name(), e.type(), e.legalRepresentativeIdNumber(),
                        e.registeredCapital(), e.establishedOn(), e.registrationAuthority(), e.domicileDivision(),
                        e.domicileAddress(), e.businessScope(), e.status());
                written++;
            }
            return written;
        }
    }

    /**
     * {@code count} parcels held by adults among the {@code people} and by the {@code entities} generated with
     * {@code seed} (as {@link #writeEntities} makes them), named by ID number or credit code.
     */
    long writeParcels(OutputStream out, Charset charset, String provinceCode, long count, long people, long entities,
            long seed) throws IOException {
        List<Place> places = places(provinceCode);
        List<EntityGenerator.Adult> adults = adults(places, people, seed);
        List<String> holders = adults.stream().map(EntityGenerator.Adult::idNumber).toList();
        List<String> codes = new ArrayList<>();
        EntityGenerator generator = new EntityGenerator(places, adults, Math.min(entities, MAX_REPRESENTATIVES),
                seed + 1);
        generator.forEachRemaining(e -> codes.add(e.creditCode()));
        ParcelGenerator parcels = new ParcelGenerator(places, holders, codes, count, seed + 2);
        try (CSVPrinter csv = printer(out, charset, PARCEL_COLUMNS)) {
            long written = 0;
            while (parcels.hasNext()) {
                ParcelGenerator.Row p = parcels.next();
                csv.printRecord(p.code(), p.holderKind(), p.holderNumber(), p.landUse(), p.area(), p.divisionCode(),
                        p.boundary());
                written++;
            }
            return written;
        }
    }

    /** {@code years} years of every indicator up to 2025 for the province and each of its cities. */
    long writeIndicators(OutputStream out, Charset charset, String provinceCode, int years, String source,
            long seed) throws IOException {
        List<Division> cities = directory.children(provinceCode);
        List<String> divisions = new ArrayList<>(List.of(provinceCode));
        cities.forEach(c -> divisions.add(c.code()));
        int lastYear = PersonGenerator.REFERENCE_DATE.getYear();
        try (CSVPrinter csv = printer(out, charset, INDICATOR_COLUMNS)) {
            long written = 0;
            for (String division : divisions) {
                double weight = division.equals(provinceCode) ? 1.0 : 1.0 / Math.max(1, cities.size());
                for (SyntheticSeries.Value v : SyntheticSeries.forDivision(division, weight, lastYear - years + 1,
                        lastYear, seed)) {
                    csv.printRecord(v.indicator(), division, v.period(), v.value().toPlainString(), source);
                    written++;
                }
            }
            return written;
        }
    }

    private List<Place> places(String provinceCode) {
        List<Place> places = counties(provinceCode);
        if (places.isEmpty()) {
            throw new IllegalArgumentException("no counties in province " + provinceCode);
        }
        return places;
    }

    private static List<EntityGenerator.Adult> adults(List<Place> places, long people, long seed) {
        List<EntityGenerator.Adult> adults = new ArrayList<>();
        PersonGenerator generator = new PersonGenerator(places, people, seed);
        while (generator.hasNext() && adults.size() < MAX_REPRESENTATIVES) {
            PersonInput p = generator.next();
            LocalDate adultOn = LocalDate.parse(p.birthDate()).plusYears(18);
            if ("LIVING".equals(p.status()) && !adultOn.isAfter(PersonGenerator.REFERENCE_DATE)) {
                adults.add(new EntityGenerator.Adult(p.idNumber(), adultOn));
            }
        }
        return adults;
    }

    private static CSVPrinter printer(OutputStream out, Charset charset, String[] columns) throws IOException {
        Writer writer = new OutputStreamWriter(out, charset);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(columns).setRecordSeparator('\n').get());
    }
}
