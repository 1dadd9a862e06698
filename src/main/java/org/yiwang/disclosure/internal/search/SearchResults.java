package org.yiwang.disclosure.internal.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of results. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which only the
 * {@code <em>} marks around the matches are markup. The text searched for is deliberately not echoed: the caller
 * has it, and an answer that never contains it cannot reflect it.
 *
 * @param total how many publications match the text and the filters
 * @param filters per filter (department, category, year) the values found with their counts; each count
 *        applies the other filters chosen, not its own, so a reader sees where else he could look
 * @param suggestion a text that finds something when this one finds nothing (您是不是要找…), or null
 */
record SearchResults(long total, int page, int pages, List<Hit> hits, Filters filters,
        String suggestion) {

    record Hit(long id, String indexNumber, String titleHtml, String snippetHtml, long departmentId,
            String departmentName, String category, String documentNumber, LocalDate publishedOn,
            List<String> attachmentNames) {
    }

    record Filters(List<Count> departments, List<Count> categories, List<Count> years) {
    }

    /** @param value the filter value as sent back in the query; @param label what a reader sees */
    record Count(String value, String label, long count, boolean chosen) {
    }
}
