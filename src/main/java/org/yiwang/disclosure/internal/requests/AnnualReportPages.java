package org.yiwang.disclosure.internal.requests;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of a department's annual report figures. */
@Controller
class AnnualReportPages {

    private final AnnualReport report;

    AnnualReportPages(AnnualReport report) {
        this.report = report;
    }

    @GetMapping("/disclosure/annual-reports/{departmentCode}/{year}")
    String figures(@PathVariable String departmentCode, @PathVariable int year, Model model) {
        AnnualFigures figures = report.figures(departmentCode, year);
        model.addAttribute("figures", figures);
        model.addAttribute("previousYear", year > AnnualReport.FIRST_YEAR ? year - 1 : null);
        model.addAttribute("nextYear", year < report.today().getYear() ? year + 1 : null);
        return "disclosure/requests-annual-report";
    }
}
