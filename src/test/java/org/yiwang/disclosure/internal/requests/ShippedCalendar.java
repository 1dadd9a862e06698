package org.yiwang.disclosure.internal.requests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.common.WorkingDayCalendar;

/** The 2025–2026 national holiday calendar the platform ships ({@code data/holidays-cn.csv}), read for unit tests. */
final class ShippedCalendar {

    static final WorkingDayCalendar CALENDAR = read();

    private ShippedCalendar() {
    }

    private static WorkingDayCalendar read() {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ShippedCalendar.class.getResourceAsStream("/data/holidays-cn.csv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.startsWith("date,") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                (cells[1].equals("holiday") ? holidays : workdays).add(LocalDate.parse(cells[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WorkingDayCalendar.of(holidays, workdays);
    }
}
