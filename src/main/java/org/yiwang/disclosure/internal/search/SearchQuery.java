package org.yiwang.disclosure.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/**
 * What a reader asked for, already checked. The text is never parsed as Lucene syntax: it is cut at white space
 * into terms, and each term must be found (in the title, the body or an attachment).
 *
 * @param terms the white-space-separated parts of the text, in order
 * @param department department id, or null for all
 * @param category category code, or null for all
 * @param year year of publication, or null for all
 * @param page 1-based page number
 */
record SearchQuery(String text, List<String> terms, Long department, String category, Integer year, Sort sort,
        int page) {

    static final int MAX_LENGTH = 100;
    static final int PAGE_SIZE = 10;
    /** Deeper than this nobody reads; the limit keeps every search cheap. */
    static final int MAX_PAGE = 100;
    static final int MIN_YEAR = 1949;
    static final int MAX_YEAR = 2100;

    enum Sort {
        RELEVANCE, DATE
    }

    SearchQuery {
        terms = List.copyOf(terms);
    }

    /** True when the text holds nothing to search for (the page then shows its hints instead of results). */
    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Checks the parameters as the reader typed them.
     *
     * @throws RuleViolationException (400) naming each wrong parameter: {@code q} empty or longer than 100
     *         characters, {@code category} not a code, {@code year} out of range, {@code sort} unknown,
     *         {@code page} out of range
     */
    static SearchQuery of(String q, Long department, String category, Integer year, String sort, Integer page) {
        List<RuleViolation> wrong = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            wrong.add(RuleViolation.of("q", "search.q.required"));
        } else if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            wrong.add(RuleViolation.of("q", "search.q.too-long", MAX_LENGTH));
        }
        if (department != null && department <= 0) {
            wrong.add(RuleViolation.of("department", "search.department.format"));
        }
        String categoryCode = category == null || category.isBlank() ? null : category.strip();
        if (categoryCode != null && !categoryCode.matches("[A-Za-z0-9_-]{1,40}")) {
            wrong.add(RuleViolation.of("category", "search.category.format"));
        }
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            wrong.add(RuleViolation.of("year", "search.year.range", MIN_YEAR, MAX_YEAR));
        }
        Sort order = Sort.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            order = Arrays.stream(Sort.values()).filter(s -> s.name().equalsIgnoreCase(sort.strip())).findFirst()
                    .orElse(null);
            if (order == null) {
                wrong.add(RuleViolation.of("sort", "search.sort.unknown"));
            }
        }
        int pageNumber = page == null ? 1 : page;
        if (pageNumber < 1 || pageNumber > MAX_PAGE) {
            wrong.add(RuleViolation.of("page", "search.page.range", MAX_PAGE));
        }
        if (!wrong.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, wrong);
        }
        List<String> terms = Arrays.stream(text.split("[\\s\\u3000]+")).filter(t -> !t.isEmpty()).toList();
        return new SearchQuery(text, terms, department, categoryCode, year, order, pageNumber);
    }

    /** The same question with another text (for a suggestion), filters kept, back on page one. */
    SearchQuery withText(String other) {
        return new SearchQuery(other, Arrays.stream(other.split("[\\s\\u3000]+")).filter(t -> !t.isEmpty()).toList(),
                department, category, year, sort, 1);
    }

    SearchQuery withoutFilters() {
        return new SearchQuery(text, terms, null, null, null, sort, 1);
    }
}
