package org.yiwang.disclosure.internal.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.files.FileStore;
import org.yiwang.disclosure.Attachment;
import org.yiwang.disclosure.internal.publishing.Category;
import org.yiwang.disclosure.internal.publishing.PublicationCatalogue;
import org.yiwang.disclosure.internal.publishing.PublicationNotFound;
import org.yiwang.disclosure.internal.publishing.PublicationRow;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/**
 * The public 政府信息公开 portal: the departments that publish, each department's section with its catalogue
 * (信息公开目录), guide (公开指南), annual reports and feed, and every publication at its permanent address
 * {@code /disclosure/publications/<index number>}.
 */
@Controller
class DisclosurePortal {

    static final int PAGE_SIZE = 20;

    private final PublicationCatalogue catalogue;
    private final OrganizationDirectory organization;
    private final FileStore files;
    private final Clock clock;
    private final boolean demo;

    DisclosurePortal(PublicationCatalogue catalogue, OrganizationDirectory organization, FileStore files, Clock clock,
            Environment environment) {
        this.catalogue = catalogue;
        this.organization = organization;
        this.files = files;
        this.clock = clock;
        this.demo = environment.matchesProfiles("demo");
    }

    /** The departments of one division that have published. */
    record Region(String name, List<PublicationCatalogue.Shelf> shelves) {
    }

    @GetMapping("/disclosure")
    String home(Model model) {
        Map<String, List<PublicationCatalogue.Shelf>> byDivision = new LinkedHashMap<>();
        catalogue.shelves().stream()
                .map(s -> Map.entry(organization.department(s.departmentId()).map(Department::divisionCode).orElse(""), s))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> byDivision.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Region> regions = byDivision.entrySet().stream()
                .map(e -> new Region(divisionName(e.getKey()), e.getValue())).toList();
        model.addAttribute("regions", regions);
        model.addAttribute("latest", catalogue.latest(null, 10));
        model.addAttribute("categories", Category.values());
        model.addAttribute("demo", demo);
        return "disclosure/publishing/portal-home";
    }

    @GetMapping("/disclosure/departments/{code}")
    String department(@PathVariable String code, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Department department = department(code);
        Category chosen = category == null || category.isBlank() ? null : Category.ofCode(category).orElse(null);
        model.addAttribute("department", department);
        model.addAttribute("division", divisionName(department.divisionCode()));
        Map<Category, Integer> counts = catalogue.catalogue(department.id());
        model.addAttribute("catalogue", counts);
        model.addAttribute("allCount", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("category", chosen);
        model.addAttribute("page", catalogue.publishedBy(department.id(), chosen, page, PAGE_SIZE));
        model.addAttribute("years", reportYears());
        return "disclosure/publishing/portal-department";
    }

    @GetMapping("/disclosure/departments/{code}/guide")
    String guide(@PathVariable String code, Model model) {
        Department department = department(code);
        model.addAttribute("department", department);
        model.addAttribute("division", divisionName(department.divisionCode()));
        model.addAttribute("categories", Category.values());
        return "disclosure/publishing/portal-guide";
    }

    @GetMapping("/disclosure/publications/{indexNumber}")
    String publication(@PathVariable String indexNumber, Model model, HttpServletResponse response) {
        PublicationRow row = catalogue.byIndexNumber(indexNumber)
                .orElseThrow(() -> PublicationNotFound.indexNumber(indexNumber));
        model.addAttribute("p", row);
        if (!row.isPublished()) {
            response.setStatus(HttpStatus.GONE.value());
            return "disclosure/publishing/portal-withdrawn";
        }
        model.addAttribute("expired", row.expiredOn(LocalDate.now(clock)));
        model.addAttribute("department", organization.department(row.departmentId()).orElse(null));
        return "disclosure/publishing/portal-publication";
    }

    @GetMapping("/disclosure/publications/{indexNumber}/attachments/{position}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable String indexNumber, @PathVariable int position) {
        PublicationRow row = catalogue.byIndexNumber(indexNumber).filter(PublicationRow::isPublished)
                .orElseThrow(() -> PublicationNotFound.indexNumber(indexNumber));
        if (position < 0 || position >= row.attachments().size()) {
            throw PublicationNotFound.indexNumber(indexNumber + "/" + position);
        }
        Attachment attachment = row.attachments().get(position);
        InputStream content = files.open(attachment.digest())
                .orElseThrow(() -> PublicationNotFound.indexNumber(indexNumber + "/" + position));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.type().mediaType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.name(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content));
    }

    Department department(String code) {
        if (code == null || !code.matches("[A-Za-z0-9-]{1,60}")) {
            throw PublicationNotFound.department(String.valueOf(code));
        }
        return organization.departmentByCode(code).filter(Department::isActive)
                .orElseThrow(() -> PublicationNotFound.department(code));
    }

    private String divisionName(String code) {
        try {
            return organization.nameOf(DivisionCode.parse(code)).orElse(code);
        } catch (RuntimeException notACode) {
            return code;
        }
    }

    /** The years whose annual report may exist: the report on a year is due by 31 January of the next. */
    private List<String> reportYears() {
        int year = LocalDate.now(clock).getYear();
        return List.of(String.valueOf(year - 1), String.valueOf(year - 2));
    }
}
