package org.yiwang.disclosure.internal.requests;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The annual report figures are public information: anyone may read them. */
@RestController
class AnnualReportApi {

    private final AnnualReport report;

    AnnualReportApi(AnnualReport report) {
        this.report = report;
    }

    @GetMapping("/api/v1/disclosure/annual-reports/{departmentCode}/{year}")
    AnnualFigures figures(@PathVariable String departmentCode, @PathVariable int year) {
        return report.figures(departmentCode, year);
    }
}
