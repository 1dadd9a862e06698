package org.yiwang.organization.internal.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.core.io.ClassPathResource;

/** The national holiday calendar shipped with the platform ({@code data/holidays-cn.csv}: date,kind,name). */
public final class CalendarSeedFile {

    public static final String LOCATION = "data/holidays-cn.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    private CalendarSeedFile() {
    }

    public static List<CalendarDay> read() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream();
             CSVParser csv = CSVParser.parse(in, StandardCharsets.UTF_8, FORMAT)) {
            return csv.stream().map(row -> new CalendarDay(LocalDate.parse(row.get("date")),
                    CalendarDayKind.ofCode(row.get("kind")).orElseThrow(
                            () -> new IllegalStateException(LOCATION + ": unknown kind in " + row)),
                    row.get("name"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + LOCATION, e);
        }
    }
}
