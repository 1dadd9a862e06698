package org.yiwang.registry.internal.macro;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.internal.importing.RegisterImport;
import org.yiwang.registry.internal.importing.StagingCopy;

/**
 * Indicator values from CSV ({@code indicator,division_code,period,value,source_department}), each row checked by the
 * same rules as a value entered by hand; a second row for the same indicator, division and period is rejected.
 */
@Component
class IndicatorImport implements RegisterImport {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final IndicatorRepository indicators;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    IndicatorImport(DataSource dataSource, JdbcClient jdbc, IndicatorRepository indicators,
            OrganizationDirectory directory, MessageSource messages) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public String register() {
        return "indicators";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("indicator", "division_code", "period", "value", "source_department");
    }

    @Override
    public Loader start(Locale locale, String actor) {
        Map<String, Indicator> known = indicators.all(Locale.ROOT).stream()
                .collect(Collectors.toMap(Indicator::code, i -> i));
        StagingCopy staging = new StagingCopy(dataSource, """
                create temp table indicator_staging (indicator_code text, division_code text, period text,
                    period_start date, value numeric(20, 4), source_department text) on commit drop""",
                "copy indicator_staging from stdin (format csv)");
        ValueRules rules = new ValueRules(directory);
        Map<String, Long> seen = new HashMap<>();
        return new Loader() {
            @Override
            public Optional<String> stage(long line, CSVRecord row) {
                String code = row.get("indicator");
                Indicator indicator = known.get(code);
                if (indicator == null) {
                    return Optional.of(text(locale, "rule.indicator.unknown", code));
                }
                BigDecimal value;
                try {
                    value = new BigDecimal(row.get("value"));
                } catch (NumberFormatException e) {
                    return Optional.of(text(locale, "rule.indicator.value.format", row.get("value")));
                }
                String division = row.get("division_code");
                Period period;
                try {
                    period = rules.check(indicator, division, row.get("period"), value, row.get("source_department"));
                } catch (RuleViolationException e) {
                    return Optional.of(e.violations().stream()
                            .map(v -> messages.getMessage(v.messageKey(), v.args().toArray(), v.rule(), locale))
                            .collect(Collectors.joining("；")));
                }
                Long first = seen.putIfAbsent(code + '|' + division + '|' + period.text(), line);
                if (first != null) {
                    return Optional.of(text(locale, "import.row.duplicate", String.valueOf(first)));
                }
                staging.add(code, division, period.text(), period.start(), value.toPlainString(),
                        row.get("source_department"));
                return Optional.empty();
            }

            @Override
            public int load() {
                staging.flush();
                jdbc.sql("""
                        insert into registry.indicator_value_history (indicator_code, division_code, period, changed_at,
                               actor, kind, old_value, new_value, old_source, new_source)
                        select v.indicator_code, v.division_code, v.period, now(), :actor, 'UPDATED', v.value, s.value,
                               v.source_department, s.source_department
                          from indicator_staging s
                          join registry.indicator_value v on v.indicator_code = s.indicator_code
                               and v.division_code = s.division_code and v.period = s.period
                         where (v.value, v.source_department) is distinct from (s.value, s.source_department)""")
                        .param("actor", actor).update();
                return jdbc.sql("""
                        with changed as (
                            insert into registry.indicator_value as v
                                   (indicator_code, division_code, period, period_start, value, source_department)
                            select indicator_code, division_code, period, period_start, value, source_department
                              from indicator_staging
                            on conflict (indicator_code, division_code, period) do update
                               set value = excluded.value, source_department = excluded.source_department,
                                   updated_at = now()
                             where (v.value, v.source_department) is distinct from (excluded.value, excluded.source_department)
                            returning v.*, (xmax = 0) as inserted),
                        registered as (
                            insert into registry.indicator_value_history (indicator_code, division_code, period,
                                   changed_at, actor, kind, new_value, new_source)
                            select indicator_code, division_code, period, now(), :actor, 'REGISTERED', value,
                                   source_department
                              from changed where inserted)
                        select count(*) from changed""").param("actor", actor).query(Integer.class).single();
            }
        };
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
