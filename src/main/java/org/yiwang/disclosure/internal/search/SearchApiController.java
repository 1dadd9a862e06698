package org.yiwang.disclosure.internal.search;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search of published government information (站内搜索), public like the information itself. The text
 * is plain text, never query syntax; a wrong parameter is a 400 problem naming it.
 */
@RestController
class SearchApiController {

    private final PublicationSearch search;
    private final MessageSource messages;

    SearchApiController(PublicationSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/api/v1/disclosure/search")
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) Long department,
            @RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            Locale locale) {
        SearchQuery query = SearchQuery.of(q, department, category, year, sort, page);
        return search.search(query, CategoryNames.of(messages, locale));
    }
}
