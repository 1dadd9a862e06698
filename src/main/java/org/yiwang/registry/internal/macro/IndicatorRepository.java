package org.yiwang.registry.internal.macro;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicators and their values. */
@Repository
class IndicatorRepository {

    private static final String SELECT_INDICATOR = """
            select code, case when :english then name_en else name_zh end as name,
                   case when :english then unit_en else unit_zh end as unit, frequency
              from registry.indicator
            """;

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> all(Locale locale) {
        return jdbc.sql(SELECT_INDICATOR + " order by code").param("english", english(locale))
                .query(IndicatorRepository::indicator).list();
    }

    Optional<Indicator> find(String code, Locale locale) {
        return jdbc.sql(SELECT_INDICATOR + " where code = :code").param("english", english(locale)).param("code", code)
                .query(IndicatorRepository::indicator).optional();
    }

    /** The values with {@code from <= period start < until}, in period order. */
    List<SeriesPoint> points(String indicator, String division, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        select period, value, source_department, updated_at
                          from registry.indicator_value
                         where indicator_code = :indicator and division_code = :division
                           and period_start >= :from and period_start < :until
                         order by period_start
                        """)
                .param("indicator", indicator).param("division", division).param("from", from).param("until", until)
                .query((rs, row) -> new SeriesPoint(rs.getString("period"), rs.getBigDecimal("value").stripTrailingZeros(),
                        rs.getString("source_department"), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** Inserts or replaces the value; false when the same value from the same department was already there. */
    boolean save(String indicator, String division, Period period, BigDecimal value, String sourceDepartment) {
        return jdbc.sql("""
                        insert into registry.indicator_value
                               (indicator_code, division_code, period, period_start, value, source_department)
                        values (:indicator, :division, :period, :start, :value, :source)
                        on conflict (indicator_code, division_code, period) do update
                           set value = excluded.value, source_department = excluded.source_department, updated_at = now()
                         where (indicator_value.value, indicator_value.source_department)
                               is distinct from (excluded.value, excluded.source_department)
                        """)
                .param("indicator", indicator).param("division", division).param("period", period.text())
                .param("start", period.start()).param("value", value).param("source", sourceDepartment)
                .update() > 0;
    }

    boolean hasValues() {
        return jdbc.sql("select exists (select 1 from registry.indicator_value)").query(Boolean.class).single();
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static Indicator indicator(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                Frequency.valueOf(rs.getString("frequency")));
    }
}
