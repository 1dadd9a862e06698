package org.yiwang.catalog.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.Department;

/** The catalog's public pages: search and browse, and one entry with its versions. */
@Controller
class CatalogPages {

    static final int PAGE_SIZE = 20;

    private final CatalogBrowsing browsing;
    private final CatalogRepository catalog;
    private final MessageSource messages;

    CatalogPages(CatalogBrowsing browsing, CatalogRepository catalog, MessageSource messages) {
        this.browsing = browsing;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/catalog")
    String browse(@RequestParam(required = false) String q, @RequestParam(required = false) String classification,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String sharingType,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("classification", classification == null ? "" : classification);
        model.addAttribute("provider", provider == null ? "" : provider);
        model.addAttribute("sharingType", sharingType == null ? "" : sharingType);
        model.addAttribute("publicOnly", !browsing.seesEverything());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("sharingTypes", SharingType.values());
        model.addAttribute("providers", catalog.publishedProviders(!browsing.seesEverything()).stream().map(browsing::provider)
                .flatMap(java.util.Optional::stream).sorted(Comparator.comparing(Department::code)).toList());
        try {
            var hits = browsing.search(q, classification, provider, sharingType, page, PAGE_SIZE);
            model.addAttribute("hits", hits);
            model.addAttribute("page", page);
            model.addAttribute("pages", (int) ((hits.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
        }
        return "catalog/browse";
    }

    @GetMapping("/catalog/{code}")
    String resource(@PathVariable String code, @RequestParam(required = false) Integer version, Model model,
            Locale locale) {
        StoredVersion shown = version == null ? browsing.current(code) : browsing.version(code, version);
        List<StoredVersion> versions = browsing.versions(code);
        model.addAttribute("v", shown);
        model.addAttribute("provider", browsing.provider(shown.providerDepartmentId()).orElse(null));
        model.addAttribute("versions", versions);
        model.addAttribute("maintains", browsing.maintains(shown));
        model.addAttribute("terms", PageLabels.terms(messages, locale));
        return "catalog/resource";
    }
}
