package org.yiwang.registry.internal.macro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Macro-economic statistics are public information (政务公开): anyone may read the indicators and their series.
 * Only keepers of the register enter values.
 */
@RestController
@RequestMapping("/api/v1/registry/indicators")
class IndicatorApiController {

    private final Indicators indicators;

    IndicatorApiController(Indicators indicators) {
        this.indicators = indicators;
    }

    record ValueRequest(BigDecimal value, String sourceDepartment) {
    }

    record ValueAnswer(String indicator, String divisionCode, String period, boolean changed) {
    }

    @GetMapping
    List<Indicator> all(Locale locale) {
        return indicators.all(locale);
    }

    @GetMapping("/{code}/series")
    Indicators.SeriesAnswer series(@PathVariable String code, @RequestParam(required = false) List<String> division,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
        return indicators.series(code, division, from, to, locale);
    }

    @PutMapping("/{code}/values/{division}/{period}")
    @PreAuthorize("hasAuthority('registry:indicator:manage')")
    ValueAnswer record(@PathVariable String code, @PathVariable String division, @PathVariable String period,
            @RequestBody ValueRequest request) {
        boolean changed = indicators.record(code, division, period, request.value(), request.sourceDepartment());
        return new ValueAnswer(code, division, period, changed);
    }
}
