package org.yiwang.disclosure.internal.search;

import static org.yiwang.disclosure.internal.search.PublicationDocument.ATTACHMENTS;
import static org.yiwang.disclosure.internal.search.PublicationDocument.BODY;
import static org.yiwang.disclosure.internal.search.PublicationDocument.CATEGORY;
import static org.yiwang.disclosure.internal.search.PublicationDocument.DEPARTMENT;
import static org.yiwang.disclosure.internal.search.PublicationDocument.PUBLISHED_ON;
import static org.yiwang.disclosure.internal.search.PublicationDocument.SUGGEST;
import static org.yiwang.disclosure.internal.search.PublicationDocument.TITLE;
import static org.yiwang.disclosure.internal.search.PublicationDocument.YEAR;
import static org.yiwang.disclosure.internal.search.PublicationDocument.bigram;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.QueryBuilder;

/**
 * Answers a search over the publication index: every term of the text must be found, as SmartChinese words or
 * as a run of characters (bigrams), in the title, the body or an attachment. Titles weigh more than bodies and
 * bodies more than attachments; words weigh more than bigrams, so that {@code 执照} finds {@code 营业执照} but a
 * title with the whole word comes first. Matches are highlighted on the stored bigram twins.
 */
final class PublicationSearch {

    /** Weights: title above body above attachments, words above bigrams. */
    static final Map<String, Float> WEIGHTS = Map.of(
            TITLE, 8f, bigram(TITLE), 4f,
            BODY, 2f, bigram(BODY), 1f,
            ATTACHMENTS, 1f, bigram(ATTACHMENTS), 0.5f);

    private static final int SNIPPET_LENGTH = 120;
    private static final String[] SNIPPET_FIELDS = {bigram(BODY), bigram(ATTACHMENTS)};

    private final PublicationIndex index;
    private final QueryBuilder builder;

    PublicationSearch(PublicationIndex index) {
        this.index = index;
        this.builder = new QueryBuilder(index.analyzer());
    }

    /**
     * @param categoryLabel the name of a category code in the reader's language
     */
    SearchResults search(SearchQuery query, UnaryOperator<String> categoryLabel) {
        return index.search(searcher -> answer(searcher, query, categoryLabel));
    }

    /** How many publications the text finds with the query's filters (for suggestions and tests). */
    long count(SearchQuery query) {
        return index.search(searcher -> (long) searcher.count(filtered(textQuery(query.terms()), query)));
    }

    private SearchResults answer(IndexSearcher searcher, SearchQuery query, UnaryOperator<String> categoryLabel)
            throws IOException {
        Query text = textQuery(query.terms());
        FilterCounts counts = new FilterCounts(query);
        searcher.search(text, counts);
        long total = counts.matchingAll();
        int from = (query.page() - 1) * SearchQuery.PAGE_SIZE;
        List<SearchResults.Hit> hits = List.of();
        if (total > from) {
            TopFieldDocs top = searcher.search(filtered(text, query), from + SearchQuery.PAGE_SIZE, sort(query), true);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(from, top.scoreDocs.length),
                    top.scoreDocs.length);
            hits = hits(searcher, highlightQuery(query.terms()), page);
        }
        int pages = (int) Math.min(SearchQuery.MAX_PAGE, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
        String suggestion = total == 0 ? suggestion(searcher, query) : null;
        return new SearchResults(total, query.page(), pages, hits,
                counts.filters(searcher, index, categoryLabel), suggestion);
    }

    /** Every term must match; a term matches as all its words or as its run of bigrams. */
    Query textQuery(List<String> terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms) {
            Query one = termQuery(term);
            if (one != null) {
                all.add(one, Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery("nothing searchable in the text") : all.build();
    }

    private Query termQuery(String term) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        int ways = 0;
        List<String> words = index.words(term);
        if (!words.isEmpty()) {
            BooleanQuery.Builder allWords = new BooleanQuery.Builder();
            for (String word : words) {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                for (String field : PublicationDocument.TEXTS) {
                    anyField.add(weighted(new TermQuery(new Term(field, word)), field), Occur.SHOULD);
                }
                allWords.add(anyField.build(), Occur.MUST);
            }
            either.add(allWords.build(), Occur.SHOULD);
            ways++;
        }
        for (String field : PublicationDocument.TEXTS) {
            Query run = run(bigram(field), term);
            if (run != null) {
                either.add(weighted(run, bigram(field)), Occur.SHOULD);
                ways++;
            }
        }
        return ways == 0 ? null : either.build();
    }

    /**
     * The characters of a term in a row: a phrase of its bigrams; a single Chinese character, which the index
     * only holds inside bigrams, as the prefix of a bigram.
     */
    private Query run(String field, String term) {
        if (term.codePointCount(0, term.length()) == 1 && Character.isIdeographic(term.codePointAt(0))) {
            BooleanQuery.Builder single = new BooleanQuery.Builder();
            single.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            single.add(new PrefixQuery(new Term(field, term)), Occur.SHOULD);
            return single.build();
        }
        return builder.createPhraseQuery(field, term);
    }

    private static Query weighted(Query query, String field) {
        return new BoostQuery(query, WEIGHTS.get(field));
    }

    /** What to mark in the stored bigram texts: each term's run of characters and each of its words. */
    private Query highlightQuery(List<String> terms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            // single characters among the words would mark every bigram they start
            List<String> parts = new ArrayList<>(index.words(term).stream()
                    .filter(word -> word.codePointCount(0, word.length()) > 1).toList());
            parts.add(term);
            for (String part : parts) {
                for (String field : PublicationDocument.TEXTS) {
                    Query run = run(bigram(field), part);
                    if (run != null) {
                        any.add(run, Occur.SHOULD);
                    }
                }
            }
        }
        return any.build();
    }

    private static Query filtered(Query text, SearchQuery query) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (query.department() != null) {
            filtered.add(new TermQuery(new Term(DEPARTMENT, String.valueOf(query.department()))), Occur.FILTER);
        }
        if (query.category() != null) {
            filtered.add(new TermQuery(new Term(CATEGORY, query.category())), Occur.FILTER);
        }
        if (query.year() != null) {
            filtered.add(new TermQuery(new Term(YEAR, String.valueOf(query.year()))), Occur.FILTER);
        }
        return filtered.build();
    }

    private static Sort sort(SearchQuery query) {
        SortField newest = new SortField(PUBLISHED_ON, SortField.Type.LONG, true);
        return query.sort() == SearchQuery.Sort.DATE
                ? new Sort(newest, SortField.FIELD_SCORE)
                : new Sort(SortField.FIELD_SCORE, newest);
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query marks, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        DefaultPassageFormatter escaping = new DefaultPassageFormatter("<em>", "</em>", "…", true);
        UnifiedHighlighter titles = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(escaping).withBreakIterator(WholeBreakIterator::new).withMaxLength(2_000).build();
        UnifiedHighlighter snippets = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(escaping)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_LENGTH, 0.3f))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] titleHtml = titles.highlight(bigram(TITLE), marks, docs, 1);
        Map<String, String[]> texts = snippets.highlightFields(SNIPPET_FIELDS, marks, docs, new int[] {2, 1});
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc);
            hits.add(hit(doc, titleHtml[i], snippet(texts.get(SNIPPET_FIELDS[0])[i], texts.get(SNIPPET_FIELDS[1])[i])));
        }
        return hits;
    }

    /** The body's passages when they show a match, else the attachment's, else the start of the body. */
    private static String snippet(String body, String attachment) {
        if (body != null && body.contains("<em>")) {
            return body;
        }
        if (attachment != null && attachment.contains("<em>")) {
            return attachment;
        }
        return body == null ? "" : body;
    }

    private static SearchResults.Hit hit(Document doc, String titleHtml, String snippetHtml) {
        List<String> attachments = Arrays.stream(doc.getFields(PublicationDocument.ATTACHMENT_NAMES))
                .map(IndexableField::stringValue).toList();
        return new SearchResults.Hit(Long.parseLong(doc.get(PublicationDocument.ID)),
                doc.get(PublicationDocument.INDEX_NUMBER), titleHtml == null ? "" : titleHtml, snippetHtml,
                Long.parseLong(doc.get(DEPARTMENT)), doc.get(PublicationDocument.DEPARTMENT_NAME),
                doc.get(CATEGORY), doc.get(PublicationDocument.DOCUMENT_NUMBER),
                LocalDate.ofEpochDay(doc.getField(PUBLISHED_ON).numericValue().longValue()), attachments);
    }

    /**
     * For a text that finds nothing: each term that finds nothing by itself replaced by the nearest keyword of
     * the titles (at most two characters different), if the corrected text then finds something.
     */
    private String suggestion(IndexSearcher searcher, SearchQuery query) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(0);
        checker.setMinQueryLength(3);
        checker.setAccuracy(0.6f);
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String term : query.terms()) {
            Query alone = filtered(textQuery(List.of(term)), query);
            if (searcher.count(alone) > 0) {
                corrected.add(term);
                continue;
            }
            SuggestWord[] near = checker.suggestSimilar(new Term(SUGGEST, term.toLowerCase(Locale.ROOT)), 1,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
            if (near.length == 0) {
                corrected.add(term);
            } else {
                corrected.add(near[0].string);
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        SearchQuery better = query.withText(String.join(" ", corrected));
        return searcher.count(filtered(textQuery(better.terms()), query)) > 0 ? better.text() : null;
    }
}
