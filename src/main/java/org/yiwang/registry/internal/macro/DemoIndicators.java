package org.yiwang.registry.internal.macro;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.organization.Division;
import org.yiwang.organization.OrganizationDirectory;

/**
 * Demo statistics: ten years of synthetic series for the province and each of its cities, supplied in the name of
 * the provincial statistics bureau (demo department ZJ-TJ). Loads only into an empty register, so it never
 * overwrites entered values; seed data is not an administrator's act, so it is not audited.
 */
@Component
@Profile("demo")
@Order(30)
class DemoIndicators implements ApplicationRunner {

    static final String SOURCE = "ZJ-TJ";
    static final long SEED = 2026;

    private static final Log log = LogFactory.getLog(DemoIndicators.class);

    private final IndicatorRepository repository;
    private final OrganizationDirectory directory;
    private final String provinceCode;

    DemoIndicators(IndicatorRepository repository, OrganizationDirectory directory,
            @Value("${yiwang.province-code}") String provinceCode) {
        this.repository = repository;
        this.directory = directory;
        this.provinceCode = provinceCode;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.hasValues() || directory.departmentByCode(SOURCE).isEmpty()) {
            return;
        }
        int lastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        List<Division> cities = directory.children(provinceCode);
        int loaded = load(provinceCode, 1.0, lastYear);
        for (Division city : cities) {
            loaded += load(city.code(), 1.0 / Math.max(cities.size(), 1), lastYear);
        }
        log.info("Demo statistics: " + loaded + " indicator values for " + provinceCode + " and its cities");
    }

    private int load(String division, double weight, int lastYear) {
        List<SyntheticSeries.Value> values = SyntheticSeries.forDivision(division, weight, lastYear - 9, lastYear, SEED);
        for (SyntheticSeries.Value v : values) {
            repository.save(v.indicator(), division, Period.parse(v.period()).orElseThrow(), v.value(), SOURCE);
        }
        return values.size();
    }
}
