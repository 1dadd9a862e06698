package org.yiwang.registry.internal.macro;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.Division;
import org.yiwang.organization.OrganizationDirectory;

/** The public statistics page: an indicator's series for the province and its cities, drawn as a chart and a table. */
@Controller
class IndicatorPage {

    private final Indicators indicators;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final String provinceCode;

    IndicatorPage(Indicators indicators, OrganizationDirectory directory, MessageSource messages,
            @Value("${yiwang.province-code}") String provinceCode) {
        this.indicators = indicators;
        this.directory = directory;
        this.messages = messages;
        this.provinceCode = provinceCode;
    }

    @GetMapping("/registry/indicators")
    String show(@RequestParam(required = false) String indicator, @RequestParam(required = false) List<String> division,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
            Locale locale, HttpServletResponse response) {
        List<Indicator> all = indicators.all(locale);
        String chosen = all.stream().map(Indicator::code).filter(code -> code.equals(indicator)).findFirst()
                .orElse(all.get(0).code());
        List<String> divisions = division == null || division.isEmpty() ? List.of(provinceCode) : division;
        model.addAttribute("indicators", all);
        model.addAttribute("chosen", chosen);
        model.addAttribute("divisions", choices());
        model.addAttribute("selected", divisions);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        try {
            Indicators.SeriesAnswer answer = indicators.series(chosen, divisions, from, to, locale);
            model.addAttribute("answer", answer);
            model.addAttribute("chart", LineChart.svg(answer.indicator().name(), answer.indicator().unit(),
                    answer.series()));
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
        }
        return "registry/indicators";
    }

    /** The province this platform serves and its cities. */
    private List<Division> choices() {
        List<Division> choices = new ArrayList<>();
        directory.division(provinceCode).ifPresent(choices::add);
        choices.addAll(directory.children(provinceCode));
        return choices;
    }
}
