package org.yiwang.disclosure.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.yiwang.common.files.FileType;
import org.yiwang.disclosure.Attachment;
import org.yiwang.disclosure.Publication;

/** The Lucene mapping of a publication, and the OpenSearch mapping that must say the same. */
class PublicationDocumentTest {

    static final Publication NOTICE = new Publication(7, "ZJ-TJ-2025-TJXX-00003", "2025年统计公报", "全年经济平稳。",
            42, "浙江省统计局", "statistics", "浙统〔2025〕3号", LocalDate.of(2025, 3, 1), null,
            List.of(new Attachment("公报全文.pdf", "a".repeat(64), FileType.PDF, 1234)));

    @Test
    void the_opensearch_mapping_has_exactly_the_fields_of_the_lucene_mapping() throws Exception {
        JsonNode mapping;
        try (InputStream in = getClass().getResourceAsStream("/search/disclosure-publications.opensearch.json")) {
            mapping = new ObjectMapper().readTree(in);
        }
        List<String> fields = new ArrayList<>();
        mapping.path("mappings").path("properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrderElementsOf(PublicationDocument.ALL_FIELDS);
        Document doc = PublicationDocument.of(NOTICE, "公报全文.pdf", List.of("统计", "公报"));
        assertThat(doc.getFields().stream().map(IndexableField::name).distinct())
                .containsExactlyInAnyOrderElementsOf(PublicationDocument.ALL_FIELDS);
    }

    @Test
    void filters_and_date_are_keywords_and_the_shown_texts_are_stored_once() {
        Document doc = PublicationDocument.of(NOTICE, "", List.of());
        assertThat(doc.get("department")).isEqualTo("42");
        assertThat(doc.get("year")).isEqualTo("2025");
        assertThat(doc.get("category")).isEqualTo("statistics");
        assertThat(doc.getField("published_on").numericValue()).isNotNull();
        assertThat(doc.get("title_bigram")).isEqualTo("2025年统计公报");
        assertThat(doc.getField("title").fieldType().stored()).isFalse();
        assertThat(doc.getField("title_bigram").fieldType().stored()).isTrue();
        assertThat(doc.getValues("attachment_names")).containsExactly("公报全文.pdf");
    }

    @Test
    void suggestion_keywords_are_words_and_pairs_of_words() {
        assertThat(PublicationDocument.suggestTerms(List.of("住房", "公积金", "提取", "的", "办法")))
                .containsExactly("住房", "住房公积金", "公积金", "公积金提取", "提取", "提取的", "的办法", "办法");
    }
}
