package org.yiwang.disclosure.internal.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.yiwang.common.search.ChineseText;
import org.yiwang.disclosure.Publication;

/**
 * The Lucene index of what is published, in one directory. One writer takes every change; readers are
 * near-real-time: each change is committed (so that it survives a restart) and the searcher refreshed at
 * once, so a search sees a publication as soon as its event is handled. A rebuild replaces the whole content
 * in one commit; searches see the old content until it is complete.
 */
final class PublicationIndex implements Closeable {

    private static final String MAPPING_KEY = "mapping";

    private final Directory directory;
    private final Analyzer analyzer;
    private final Analyzer words;
    /** Replaced only when a failed rebuild rolls back (which closes the writer). */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** Changes wait while a rebuild runs, so that its delete-all never interleaves with them. */
    private final ReentrantLock changes = new ReentrantLock();
    private final boolean outdated;
    /** Department names by id as last indexed, so that counting by department needs no stored-field reads. */
    private final Map<String, String> departmentNames = new ConcurrentHashMap<>();

    PublicationIndex(Path dir) {
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            outdated = !mappingVersion(directory).equals(PublicationDocument.MAPPING_VERSION);
            analyzer = ChineseText.perField(Map.of());
            words = ChineseText.words();
            openWriter();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, new SearcherFactory());
    }

    /** The version of the mapping the last commit was written with; empty when there is no index yet. */
    private static String mappingVersion(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return "";
        }
        return SegmentInfos.readLatestCommit(directory).getUserData().getOrDefault(MAPPING_KEY, "");
    }

    /** True when the directory held no index or one written with an older mapping: it must be rebuilt. */
    boolean outdated() {
        return outdated;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Adds the publication or replaces its earlier version, without refreshing the searcher. */
    void put(Publication publication, String attachmentText) {
        changes.lock();
        try {
            writer.updateDocument(new Term(PublicationDocument.ID, String.valueOf(publication.id())),
                    PublicationDocument.of(publication, attachmentText, words(publication.title())));
            departmentNames.put(String.valueOf(publication.departmentId()), publication.departmentName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            changes.unlock();
        }
    }

    void remove(long publicationId) {
        changes.lock();
        try {
            writer.deleteDocuments(new Term(PublicationDocument.ID, String.valueOf(publicationId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            changes.unlock();
        }
    }

    /** Makes the changes so far durable and visible to searches. */
    void publish() {
        try {
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the whole content with what {@code source} feeds, in one commit.
     *
     * @param source calls its argument once per publication with the publication and its attachment text
     * @return how many publications the index holds afterwards
     */
    int rebuild(Consumer<Consumer<Publication>> source, java.util.function.Function<Publication, String> texts) {
        changes.lock();
        try {
            writer.deleteAll();
            int[] count = {0};
            source.accept(publication -> {
                try {
                    writer.addDocument(PublicationDocument.of(publication, texts.apply(publication),
                            words(publication.title())));
                    departmentNames.put(String.valueOf(publication.departmentId()), publication.departmentName());
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            commit();
            searchers.maybeRefreshBlocking();
            return count[0];
        } catch (IOException e) {
            rollbackToLastCommit(e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            rollbackToLastCommit(e);
            throw e;
        } finally {
            changes.unlock();
        }
    }

    /** Drops the half-built content: the last commit, the content before the rebuild, stays. */
    private void rollbackToLastCommit(Exception cause) {
        SearcherManager old = searchers;
        try {
            writer.rollback();
            old.close();
            openWriter();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(MAPPING_KEY, PublicationDocument.MAPPING_VERSION).entrySet());
        writer.commit();
    }

    /** Runs a search on the newest searcher and releases it afterwards. */
    <T> T search(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface SearchWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /** The name of a department as indexed, looked up in the index once after a restart. */
    String departmentName(IndexSearcher searcher, String id) throws IOException {
        String known = departmentNames.get(id);
        if (known != null) {
            return known;
        }
        TopDocs one = searcher.search(new TermQuery(new Term(PublicationDocument.DEPARTMENT, id)), 1);
        if (one.scoreDocs.length == 0) {
            return id;
        }
        String name = searcher.storedFields().document(one.scoreDocs[0].doc).get(PublicationDocument.DEPARTMENT_NAME);
        departmentNames.put(id, name);
        return name;
    }

    int size() {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The SmartChinese words of a text, in order. */
    List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(PublicationDocument.TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
