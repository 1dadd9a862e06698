package org.yiwang.disclosure.internal.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.yiwang.disclosure.Publication;

/**
 * The baseline: a bare Lucene index of the same titles and bodies with the StandardAnalyzer (one token per Chinese
 * character) and the same writer buffer, searched by phrase in title or body, ten results with their titles.
 */
final class BareIndex implements Closeable {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final QueryBuilder builder = new QueryBuilder(new StandardAnalyzer());
    private DirectoryReader reader;

    BareIndex(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64));
    }

    void add(Publication p) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", String.valueOf(p.id()), Field.Store.YES));
        doc.add(new TextField("title", p.title(), Field.Store.YES));
        doc.add(new TextField("body", p.body(), Field.Store.YES));
        writer.addDocument(doc);
    }

    void commit() throws IOException {
        writer.commit();
        if (reader != null) {
            reader.close();
        }
        reader = DirectoryReader.open(directory);
    }

    int size() {
        return reader.numDocs();
    }

    List<String> search(String text) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : List.of("title", "body")) {
            Query phrase = builder.createPhraseQuery(field, text);
            if (phrase != null) {
                any.add(phrase, Occur.SHOULD);
            }
        }
        TopDocs top = searcher.search(any.build(), 10);
        List<String> titles = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            titles.add(searcher.storedFields().document(hit.doc).get("title"));
        }
        return titles;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        writer.close();
        directory.close();
    }
}
