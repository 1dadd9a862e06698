package org.yiwang.common.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void a_two_character_query_finds_a_word_that_smartchinese_keeps_whole() throws IOException, ParseException {
        Analyzer analyzer = ChineseText.perField(Map.of());
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                Document doc = new Document();
                String text = "关于办理营业执照变更登记的通知";
                doc.add(new TextField("title", text, Field.Store.YES));
                doc.add(new TextField("title" + ChineseText.BIGRAM_SUFFIX, text, Field.Store.NO));
                writer.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(new QueryParser("title", analyzer).parse("执照"))).isZero();
                assertThat(searcher.count(new QueryParser("title_bigram", analyzer).parse("执照"))).isEqualTo(1);
                assertThat(searcher.count(new QueryParser("title", analyzer).parse("营业执照"))).isEqualTo(1);
            }
        }
    }
}
