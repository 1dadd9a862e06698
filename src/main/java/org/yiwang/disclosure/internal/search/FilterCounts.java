package org.yiwang.disclosure.internal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Counts, in one pass over the publications that match the text, how many each filter value would show: a
 * value of one filter is counted when the publication passes the other filters chosen. The publications that
 * pass all three are the total.
 */
final class FilterCounts extends SimpleCollector {

    private static final int DIMENSIONS = PublicationDocument.FILTERS.size();

    private final String[] chosen = new String[DIMENSIONS];
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private long matchingAll;

    private final SortedDocValues[] values = new SortedDocValues[DIMENSIONS];
    private final int[] chosenOrd = new int[DIMENSIONS];
    private int[][] leafCounts;
    private final int[] ords = new int[DIMENSIONS];

    FilterCounts(SearchQuery query) {
        chosen[0] = query.department() == null ? null : String.valueOf(query.department());
        chosen[1] = query.category();
        chosen[2] = query.year() == null ? null : String.valueOf(query.year());
        for (int d = 0; d < DIMENSIONS; d++) {
            counts.add(new HashMap<>());
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        leafCounts = new int[DIMENSIONS][];
        for (int d = 0; d < DIMENSIONS; d++) {
            values[d] = DocValues.getSorted(context.reader(), PublicationDocument.FILTERS.get(d));
            leafCounts[d] = new int[values[d].getValueCount()];
            // -2: nothing chosen; -1 (or below): a value this segment does not hold, so nothing here passes
            chosenOrd[d] = chosen[d] == null ? -2 : Math.max(-1, values[d].lookupTerm(new BytesRef(chosen[d])));
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        int failing = 0;
        int failed = -1;
        for (int d = 0; d < DIMENSIONS; d++) {
            ords[d] = values[d].advanceExact(doc) ? values[d].ordValue() : -1;
            if (chosenOrd[d] != -2 && ords[d] != chosenOrd[d]) {
                failing++;
                failed = d;
            }
        }
        if (failing == 0) {
            matchingAll++;
        }
        for (int d = 0; d < DIMENSIONS; d++) {
            boolean othersPass = failing == 0 || failing == 1 && failed == d;
            if (othersPass && ords[d] >= 0) {
                leafCounts[d][ords[d]]++;
            }
        }
    }

    @Override
    public void finish() throws IOException {
        if (leafCounts == null) {
            return;
        }
        for (int d = 0; d < DIMENSIONS; d++) {
            for (int ord = 0; ord < leafCounts[d].length; ord++) {
                if (leafCounts[d][ord] > 0) {
                    counts.get(d).merge(values[d].lookupOrd(ord).utf8ToString(), (long) leafCounts[d][ord],
                            Long::sum);
                }
            }
        }
        leafCounts = null;
    }

    long matchingAll() {
        return matchingAll;
    }

    /** The counts with labels: departments by name, categories through the given names, years newest first. */
    SearchResults.Filters filters(IndexSearcher searcher, PublicationIndex index, UnaryOperator<String> categoryLabel)
            throws IOException {
        List<SearchResults.Count> departments = new ArrayList<>();
        for (Map.Entry<String, Long> e : counts.get(0).entrySet()) {
            departments.add(new SearchResults.Count(e.getKey(), index.departmentName(searcher, e.getKey()), e.getValue(),
                    e.getKey().equals(chosen[0])));
        }
        departments.sort(Comparator.comparingLong(SearchResults.Count::count).reversed()
                .thenComparing(SearchResults.Count::label));
        List<SearchResults.Count> categories = new ArrayList<>();
        counts.get(1).forEach((code, n) -> categories.add(
                new SearchResults.Count(code, categoryLabel.apply(code), n, code.equals(chosen[1]))));
        categories.sort(Comparator.comparingLong(SearchResults.Count::count).reversed()
                .thenComparing(SearchResults.Count::value));
        List<SearchResults.Count> years = new ArrayList<>();
        counts.get(2).forEach((year, n) -> years.add(new SearchResults.Count(year, year, n, year.equals(chosen[2]))));
        years.sort(Comparator.comparing(SearchResults.Count::value).reversed());
        return new SearchResults.Filters(departments, categories, years);
    }
}
