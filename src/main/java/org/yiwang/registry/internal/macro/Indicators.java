package org.yiwang.registry.internal.macro;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.Division;
import org.yiwang.organization.OrganizationDirectory;

/** The macro-economic register: indicators, their time series per division, and the values statistics staff enter. */
@Service
class Indicators {

    /** More lines than this make a chart nobody can read. */
    static final int MAX_DIVISIONS = 8;
    private static final Period EARLIEST = Period.parse("1949").orElseThrow();
    private static final Period LATEST = Period.parse("2199").orElseThrow();

    private final IndicatorRepository repository;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;

    Indicators(IndicatorRepository repository, OrganizationDirectory directory, AuditTrail audit) {
        this.repository = repository;
        this.directory = directory;
        this.audit = audit;
    }

    record SeriesAnswer(Indicator indicator, String from, String to, List<Series> series) {
    }

    List<Indicator> all(Locale locale) {
        return repository.all(locale);
    }

    Indicator indicator(String code, Locale locale) {
        return repository.find(code, locale).orElseThrow(() -> new IndicatorNotFound(code));
    }

    /**
     * The indicator's values for each division from the start of {@code from} to the end of {@code to}; either
     * bound may be absent and may be written as a year, a quarter or a month whatever the indicator's frequency.
     */
    SeriesAnswer series(String code, List<String> divisions, String from, String to, Locale locale) {
        Indicator indicator = indicator(code, locale);
        List<RuleViolation> violations = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>(divisions == null ? List.of() : divisions);
        if (wanted.isEmpty() || wanted.size() > MAX_DIVISIONS) {
            violations.add(RuleViolation.of("division", "indicator.query.divisions", MAX_DIVISIONS));
        }
        List<Division> known = new ArrayList<>();
        for (String division : wanted) {
            directory.division(division.strip()).ifPresentOrElse(known::add,
                    () -> violations.add(RuleViolation.of("division", "indicator.query.division", division)));
        }
        Period start = bound(from, EARLIEST, "from", violations);
        Period end = bound(to, LATEST, "to", violations);
        if (violations.isEmpty() && start.start().isAfter(end.start())) {
            violations.add(RuleViolation.of("to", "indicator.query.order", from, to));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, violations);
        }
        List<Series> series = known.stream()
                .map(d -> new Series(d.code(), d.displayName(),
                        repository.points(code, d.code(), start.start(), end.end())))
                .toList();
        return new SeriesAnswer(indicator, from, to, series);
    }

    /** Enters or corrects one value; entering the same value again changes nothing. */
    @Transactional
    boolean record(String code, String division, String period, BigDecimal value, String sourceDepartment) {
        Indicator indicator = indicator(code, Locale.ROOT);
        Period parsed = new ValueRules(directory).check(indicator, division, period, value, sourceDepartment);
        boolean changed = repository.save(code, division, parsed, value, sourceDepartment);
        if (changed) {
            audit.record("registry.indicator.record", "indicator:" + code + "/" + division + "/" + parsed.text(),
                    AuditOutcome.SUCCESS, value.toPlainString() + " " + sourceDepartment);
        }
        return changed;
    }

    private static Period bound(String text, Period absent, String field, List<RuleViolation> violations) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        return Period.parse(text).orElseGet(() -> {
            violations.add(RuleViolation.of(field, "indicator.query.period", text));
            return absent;
        });
    }
}
