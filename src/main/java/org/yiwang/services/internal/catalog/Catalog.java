package org.yiwang.services.internal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.search.ChineseText;

/**
 * The service catalog: browsing by life event, enterprise event and department, a Chinese full-text search
 * (Lucene, words and bigrams) over names, conditions and materials, and the maintenance of items.
 */
@Service
public class Catalog {

    /** What a visitor filters by; null or blank parts do not filter. */
    public record Query(String text, String lifeEvent, String enterpriseEvent, String department) {
    }

    /**
     * How long a published item read for an application is kept in memory. This node's own changes clear it at
     * once; another node's change is seen here after at most this long.
     */
    static final long ITEM_CACHE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    private record Cached(Optional<ServiceItem> item, long readAt) {
    }

    private final ItemRepository items;
    private final ItemRules rules;
    private final AuditTrail audit;
    private final Map<String, Cached> forApplying = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile ByteBuffersDirectory index;

    Catalog(ItemRepository items, ItemRules rules, AuditTrail audit) {
        this.items = items;
        this.rules = rules;
        this.audit = audit;
    }

    public Optional<ServiceItem> item(String code) {
        return items.byCode(code);
    }

    public Optional<ServiceItem> published(String code) {
        return items.byCode(code).filter(ServiceItem::published);
    }

    /**
     * As {@link #published(String)}, from memory when it was read less than 30 seconds ago: every submission
     * needs the item's form, materials and lanes, and they change rarely.
     */
    public Optional<ServiceItem> publishedForApplying(String code) {
        long now = System.nanoTime();
        Cached cached = forApplying.get(code);
        if (cached == null || now - cached.readAt() > ITEM_CACHE_NANOS) {
            cached = new Cached(published(code), now);
            if (forApplying.size() > 10_000) {
                forApplying.clear();
            }
            forApplying.put(code, cached);
        }
        return cached.item();
    }

    public List<ServiceItem> all() {
        return items.all();
    }

    /** Published items matching the query; a text query ranks by relevance, otherwise by code. */
    public List<ServiceItem> browse(Query query) {
        Predicate<ServiceItem> filter = ServiceItem::published;
        if (present(query.lifeEvent())) {
            filter = filter.and(i -> i.lifeEvents().contains(query.lifeEvent()));
        }
        if (present(query.enterpriseEvent())) {
            filter = filter.and(i -> i.enterpriseEvents().contains(query.enterpriseEvent()));
        }
        if (present(query.department())) {
            filter = filter.and(i -> i.departments().contains(query.department()));
        }
        List<ServiceItem> candidates = present(query.text()) ? search(query.text().strip()) : items.all();
        return candidates.stream().filter(filter).toList();
    }

    /** Checks and saves an item (new or changed) and records it in the audit trail. */
    @Transactional
    public ServiceItem save(ItemInput input, String by) {
        ServiceItem item = rules.check(input);
        boolean existed = items.exists(item.code());
        items.save(item, by);
        forgetCachedItems();
        audit.record(existed ? "services.item.update" : "services.item.create", "service-item:" + item.code(),
                AuditOutcome.SUCCESS, item.name());
        index = null;
        return items.byCode(item.code()).orElseThrow();
    }

    /** Saves a demo item as it is written, without the administrator's audit record. */
    @Transactional
    public void seed(ServiceItem item) {
        items.save(item, "demo");
        forgetCachedItems();
        index = null;
    }

    /** Now, and again once the change commits, so that no reader in between keeps the old item. */
    private void forgetCachedItems() {
        forApplying.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forApplying.clear();
                }
            });
        }
    }

    private List<ServiceItem> search(String text) {
        try (DirectoryReader reader = DirectoryReader.open(index())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var parser = new MultiFieldQueryParser(new String[] {"name", "name" + ChineseText.BIGRAM_SUFFIX, "text",
                    "text" + ChineseText.BIGRAM_SUFFIX}, analyzer(),
                    Map.of("name", 4f, "name" + ChineseText.BIGRAM_SUFFIX, 2f, "text", 1f,
                            "text" + ChineseText.BIGRAM_SUFFIX, 0.5f));
            var hits = searcher.search(parser.parse(QueryParser.escape(text)), 50);
            List<ServiceItem> found = new ArrayList<>();
            for (ScoreDoc hit : hits.scoreDocs) {
                items.byCode(searcher.storedFields().document(hit.doc).get("code")).ifPresent(found::add);
            }
            return found;
        } catch (ParseException unparsable) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized ByteBuffersDirectory index() throws IOException {
        if (index == null) {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()))) {
                for (ServiceItem item : items.all()) {
                    writer.addDocument(document(item));
                }
            }
            index = directory;
        }
        return index;
    }

    private static Document document(ServiceItem item) {
        StringBuilder text = new StringBuilder(item.conditions()).append('\n').append(item.legalBasis());
        item.materials().forEach(m -> text.append('\n').append(m.name()));
        item.lifeEvents().forEach(e -> text.append('\n').append(e));
        item.enterpriseEvents().forEach(e -> text.append('\n').append(e));
        if (item.licenceType() != null) {
            text.append('\n').append(item.licenceType());
        }
        Document doc = new Document();
        doc.add(new StringField("code", item.code(), Field.Store.YES));
        doc.add(new TextField("name", item.name(), Field.Store.NO));
        doc.add(new TextField("name" + ChineseText.BIGRAM_SUFFIX, item.name(), Field.Store.NO));
        doc.add(new TextField("text", text.toString(), Field.Store.NO));
        doc.add(new TextField("text" + ChineseText.BIGRAM_SUFFIX, text.toString(), Field.Store.NO));
        return doc;
    }

    private static org.apache.lucene.analysis.Analyzer analyzer() {
        return ChineseText.perField(Map.of());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
