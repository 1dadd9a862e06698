package org.yiwang.disclosure.internal.search;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** The search page of the disclosure portal: a box, the results with their marks, and the filters beside them. */
@Controller
class SearchPage {

    private final PublicationSearch search;
    private final MessageSource messages;

    SearchPage(PublicationSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    /** Parameters arrive as text, so that a year or department that is not a number is shown as a form error. */
    @GetMapping("/disclosure/search")
    String show(@RequestParam(required = false) String q, @RequestParam(required = false) String department,
            @RequestParam(required = false) String category, @RequestParam(required = false) String year,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page, Model model,
            Locale locale, HttpServletResponse response) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", sort == null || sort.isBlank() ? "relevance" : sort);
        if (SearchQuery.blank(q) && blank(department, category, year, page)) {
            return "disclosure/search";
        }
        try {
            SearchQuery query = SearchQuery.of(q, number(department, "department", "search.department.format"),
                    category, year == null || year.isBlank() ? null
                            : number(year, "year", "search.year.format").intValue(),
                    sort, page == null || page.isBlank() ? null : number(page, "page", "search.page.format").intValue());
            SearchResults results = search.search(query, CategoryNames.of(messages, locale));
            model.addAttribute("query", query);
            model.addAttribute("results", results);
            model.addAttribute("links", links(query, results));
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = FormErrors.of(e, messages, locale);
            model.addAttribute("errors", errors);
        }
        return "disclosure/search";
    }

    private static boolean blank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Long number(String value, String field, String rule) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, List.of(RuleViolation.of(field, rule)));
        }
    }

    /** A filter value or page as the page offers it: what it says and where it leads. */
    record Link(String label, long count, boolean chosen, String href) {
    }

    record Links(List<Link> departments, List<Link> categories, List<Link> years, List<Link> sorts, List<Link> pages,
            String allDepartments, String allCategories, String allYears, String suggestion) {
    }

    private static Links links(SearchQuery query, SearchResults results) {
        SearchResults.Filters f = results.filters();
        List<Link> sorts = List.of(
                new Link("relevance", 0, query.sort() == SearchQuery.Sort.RELEVANCE, link(query, "sort", "relevance")),
                new Link("date", 0, query.sort() == SearchQuery.Sort.DATE, link(query, "sort", "date")));
        List<Link> pages = new ArrayList<>();
        int first = Math.max(1, query.page() - 4);
        int last = Math.min(results.pages(), first + 8);
        for (int p = first; p <= last; p++) {
            pages.add(new Link(String.valueOf(p), 0, p == query.page(), link(query, "page", p)));
        }
        String suggestion = results.suggestion() == null ? null
                : link(query.withText(results.suggestion()), "page", null);
        return new Links(filterLinks(query, "department", f.departments()),
                filterLinks(query, "category", f.categories()), filterLinks(query, "year", f.years()), sorts, pages,
                link(query, "department", ""), link(query, "category", ""), link(query, "year", ""), suggestion);
    }

    private static List<Link> filterLinks(SearchQuery query, String name, List<SearchResults.Count> counts) {
        return counts.stream().map(c -> new Link(c.label(), c.count(), c.chosen(), link(query, name, c.value())))
                .toList();
    }

    /** The link to the same search with one parameter changed (a filter chosen or dropped, another page). */
    private static String link(SearchQuery query, String name, Object value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/disclosure/search").queryParam("q", query.text());
        // an empty value drops the filter
        put(uri, "department", "department".equals(name) ? value : query.department());
        put(uri, "category", "category".equals(name) ? value : query.category());
        put(uri, "year", "year".equals(name) ? value : query.year());
        put(uri, "sort", "sort".equals(name) ? value : query.sort().name().toLowerCase(Locale.ROOT));
        put(uri, "page", "page".equals(name) ? value : null);
        return uri.encode().build().toUriString();
    }

    private static void put(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !"".equals(value)) {
            uri.queryParam(name, value);
        }
    }
}
