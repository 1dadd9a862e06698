package db.migration.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the divisions of China to county level from the CSV files shipped in {@code data/divisions}.
 * The files shorten codes (province 2 digits, city 4, county 6); the table keeps the 6-digit GB/T 2260
 * form. Provinces go in first, then cities, then counties, so that every parent exists before its children.
 *
 * <p>Three prefecture-level cities have no county level at all (东莞市 441900, 中山市 442000, 儋州市 460400);
 * the county file lists each of them again under itself with the city's own code. GB/T 2260 gives them one
 * code, so they are stored once, as cities: 2,978 county rows become 2,975 counties.
 */
public class V120_2__Load_divisions extends BaseJavaMigration {

    static final String PROVINCES = "data/divisions/provinces.csv";
    static final String CITIES = "data/divisions/cities.csv";
    static final String COUNTIES = "data/divisions/areas.csv";

    private static final int BATCH = 500;

    /** One division in the 6-digit form, ready for the table. */
    record Row(String code, String name, String level, String parentCode) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        List<Row> rows = new ArrayList<>();
        rows.addAll(read(PROVINCES, "province", null));
        rows.addAll(read(CITIES, "city", "provinceCode"));
        rows.addAll(read(COUNTIES, "county", "cityCode"));
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into organization.division (code, name, level, parent_code) values (?, ?, ?, ?)")) {
            int pending = 0;
            for (Row row : rows) {
                insert.setString(1, row.code());
                insert.setString(2, row.name());
                insert.setString(3, row.level());
                insert.setString(4, row.parentCode());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    static List<Row> read(String resource, String level, String parentColumn) throws IOException {
        InputStream in = V120_2__Load_divisions.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Division data missing from the classpath: " + resource);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                String code = pad(record.get("code"));
                String parent = parentColumn == null ? null : pad(record.get(parentColumn));
                if (!code.equals(parent)) {
                    rows.add(new Row(code, record.get("name").trim(), level, parent));
                }
            }
            return rows;
        }
    }

    /** 33 → 330000, 3301 → 330100: the data set drops the trailing zero pairs of the GB/T 2260 code. */
    static String pad(String shortened) {
        String code = shortened.trim();
        if (!code.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}")) {
            throw new IllegalStateException("Not a shortened division code: " + shortened);
        }
        return code + "0".repeat(6 - code.length());
    }
}
