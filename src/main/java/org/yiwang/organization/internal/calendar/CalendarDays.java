package org.yiwang.organization.internal.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar entries in {@code organization.calendar_day}. */
@Repository
class CalendarDays {

    private final JdbcClient jdbc;

    CalendarDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDay> all() {
        return jdbc.sql("select day, kind, name from organization.calendar_day order by day").query(CalendarDays::row).list();
    }

    List<CalendarDay> inYear(int year) {
        return jdbc.sql("select day, kind, name from organization.calendar_day where day between ? and ? order by day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(CalendarDays::row).list();
    }

    Optional<CalendarDay> find(LocalDate date) {
        return jdbc.sql("select day, kind, name from organization.calendar_day where day = ?")
                .param(date).query(CalendarDays::row).optional();
    }

    void save(CalendarDay day) {
        jdbc.sql("""
                insert into organization.calendar_day (day, kind, name) values (?, ?, ?)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name""")
                .params(day.date(), day.kind().code(), day.name())
                .update();
    }

    boolean delete(LocalDate date) {
        return jdbc.sql("delete from organization.calendar_day where day = ?").param(date).update() == 1;
    }

    private static CalendarDay row(ResultSet rs, int rowNum) throws SQLException {
        return new CalendarDay(rs.getObject("day", LocalDate.class),
                CalendarDayKind.ofCode(rs.getString("kind")).orElseThrow(), rs.getString("name"));
    }
}
