package org.yiwang.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.search.ChineseText;

/**
 * Full-text search over the published catalog, in memory: the database is the truth, the index is rebuilt from it
 * at start and updated after each publication. Names, abstracts, data item names and provider names are indexed as
 * SmartChinese words and as CJK bigrams, so that a two-character query ({@code 参保}) finds a longer word
 * ({@code 社会保险参保信息}); matches in the name rank above matches in the abstract.
 */
@Component
class CatalogIndex implements AutoCloseable {

    /** What the index keeps of a published entry. */
    record Indexed(String code, String name, String summary, List<String> itemNames, Classification classification,
            String providerCode, String providerName, SharingType sharingType, boolean openToPublic, int version,
            LocalDate releasedOn) {
    }

    /**
     * A search: free text and filters, each optional.
     *
     * @param publicOnly only entries open to the public (what anonymous visitors and citizens may see)
     */
    record Search(String text, Classification classification, String providerCode, SharingType sharingType,
            boolean publicOnly, int offset, int limit) {
    }

    record Hit(String code, String name, String summary, Classification classification, String providerCode,
            String providerName, SharingType sharingType, boolean openToPublic, int version, LocalDate releasedOn) {
    }

    record Hits(long total, List<Hit> hits) {
    }

    private static final Map<String, Float> TEXT_FIELDS = Map.of("name", 4f, "items", 2f, "summary", 1f,
            "provider", 1f);
    private static final float BIGRAM_WEIGHT = 0.75f;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final Analyzer analyzer = ChineseText.perField(Map.of());
    private final IndexWriter writer;
    private final SearcherManager searchers;

    CatalogIndex() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        writer.commit();
        searchers = new SearcherManager(writer, null);
    }

    synchronized void rebuild(List<Indexed> entries) {
        try {
            writer.deleteAll();
            for (Indexed entry : entries) {
                writer.addDocument(document(entry));
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void put(Indexed entry) {
        try {
            writer.updateDocument(new Term("code", entry.code()), document(entry));
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Hits search(Search search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(search);
                int wanted = Math.max(1, search.offset() + search.limit());
                // one pass that ranks the first page and counts every match exactly
                TopDocs top = blank(search.text())
                        ? searcher.search(query, new TopFieldCollectorManager(
                                new Sort(new SortField("code_sort", SortField.Type.STRING)), wanted, Integer.MAX_VALUE))
                        : searcher.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
                long total = top.totalHits.value;
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = search.offset(); i < docs.length; i++) {
                    hits.add(hit(searcher.storedFields().document(docs[i].doc)));
                }
                return new Hits(total, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(Search search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (blank(search.text())) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            query.add(text(search.text().strip()), Occur.MUST);
        }
        if (search.classification() != null) {
            query.add(new TermQuery(new Term("classification", search.classification().name())), Occur.FILTER);
        }
        if (!blank(search.providerCode())) {
            query.add(new TermQuery(new Term("providerCode", search.providerCode())), Occur.FILTER);
        }
        if (search.sharingType() != null) {
            query.add(new TermQuery(new Term("sharingType", search.sharingType().name())), Occur.FILTER);
        }
        if (search.publicOnly()) {
            query.add(new TermQuery(new Term("open", "true")), Occur.FILTER);
        }
        return query.build();
    }

    /** Any text field may match; within one field every word (or every bigram) of the query must occur. */
    private Query text(String text) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new TermQuery(new Term("code", text)), 10f), Occur.SHOULD);
        TEXT_FIELDS.forEach((field, weight) -> {
            Query words = builder.createBooleanQuery(field, text, Occur.MUST);
            if (words != null) {
                any.add(new BoostQuery(words, weight), Occur.SHOULD);
            }
            Query bigrams = builder.createBooleanQuery(field + ChineseText.BIGRAM_SUFFIX, text, Occur.MUST);
            if (bigrams != null) {
                any.add(new BoostQuery(bigrams, weight * BIGRAM_WEIGHT), Occur.SHOULD);
            }
        });
        return any.build();
    }

    private static Document document(Indexed entry) {
        Document doc = new Document();
        doc.add(new StringField("code", entry.code(), Field.Store.YES));
        doc.add(new SortedDocValuesField("code_sort", new BytesRef(entry.code())));
        doc.add(new StringField("classification", entry.classification().name(), Field.Store.YES));
        doc.add(new StringField("providerCode", entry.providerCode(), Field.Store.YES));
        doc.add(new StringField("sharingType", entry.sharingType().name(), Field.Store.YES));
        doc.add(new StringField("open", String.valueOf(entry.openToPublic()), Field.Store.YES));
        text(doc, "name", entry.name(), true);
        text(doc, "summary", entry.summary(), true);
        text(doc, "items", String.join("；", entry.itemNames()), false);
        text(doc, "provider", entry.providerName(), true);
        doc.add(new StoredField("version", entry.version()));
        if (entry.releasedOn() != null) {
            doc.add(new StoredField("releasedOn", entry.releasedOn().toString()));
        }
        return doc;
    }

    private static void text(Document doc, String field, String value, boolean stored) {
        doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        doc.add(new TextField(field + ChineseText.BIGRAM_SUFFIX, value, Field.Store.NO));
    }

    private static Hit hit(Document doc) {
        String released = doc.get("releasedOn");
        return new Hit(doc.get("code"), doc.get("name"), doc.get("summary"),
                Classification.valueOf(doc.get("classification")), doc.get("providerCode"), doc.get("provider"),
                SharingType.valueOf(doc.get("sharingType")), Boolean.parseBoolean(doc.get("open")),
                doc.getField("version").numericValue().intValue(), released == null ? null : LocalDate.parse(released));
    }

    private void refresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
