package org.yiwang.disclosure.internal.search;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.yiwang.common.search.ChineseText;
import org.yiwang.disclosure.Publication;

/**
 * The mapping of a publication onto one Lucene document. It is deliberately plain, so that the same mapping
 * runs on OpenSearch/Elasticsearch ({@code search/disclosure-publications.opensearch.json} states it there):
 * <ul>
 * <li>{@code title}, {@code body}, {@code attachments}: SmartChinese words, indexed only;</li>
 * <li>their {@code _bigram} twins: CJK bigrams, stored with offsets; they hold the text shown and highlighted;</li>
 * <li>{@code department}, {@code category}, {@code year}: keywords, filtered on and counted;</li>
 * <li>{@code published_on}: the publication date as epoch day, sorted on;</li>
 * <li>{@code suggest}: keywords (words of two or more characters and adjacent pairs of words) that the
 * spell-checker proposes for near misses;</li>
 * <li>{@code id}, {@code index_number}, {@code department_name}, {@code document_number},
 * {@code attachment_names}: stored for display.</li>
 * </ul>
 * Raise {@link #MAPPING_VERSION} whenever the mapping changes: an index of an older version is rebuilt at start.
 */
final class PublicationDocument {

    static final String MAPPING_VERSION = "1";

    static final String ID = "id";
    static final String INDEX_NUMBER = "index_number";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String ATTACHMENTS = "attachments";
    static final String DEPARTMENT = "department";
    static final String DEPARTMENT_NAME = "department_name";
    static final String CATEGORY = "category";
    static final String YEAR = "year";
    static final String PUBLISHED_ON = "published_on";
    static final String DOCUMENT_NUMBER = "document_number";
    static final String ATTACHMENT_NAMES = "attachment_names";
    static final String SUGGEST = "suggest";

    /** The searchable texts, each indexed as words and as bigrams. */
    static final List<String> TEXTS = List.of(TITLE, BODY, ATTACHMENTS);

    /** The fields that can filter a search, each counted for the filter list. */
    static final List<String> FILTERS = List.of(DEPARTMENT, CATEGORY, YEAR);

    /** Every field name of the mapping, for comparing it with the OpenSearch mapping. */
    static final List<String> ALL_FIELDS = List.of(ID, INDEX_NUMBER, TITLE, bigram(TITLE), BODY, bigram(BODY),
            ATTACHMENTS, bigram(ATTACHMENTS), DEPARTMENT, DEPARTMENT_NAME, CATEGORY, YEAR, PUBLISHED_ON,
            DOCUMENT_NUMBER, ATTACHMENT_NAMES, SUGGEST);

    /** Words and word pairs offered to the spell-checker per document; more adds size without better suggestions. */
    private static final int MAX_SUGGEST_TERMS = 4_000;
    private static final int MAX_SUGGEST_LENGTH = 12;

    private static final FieldType SHOWN_TEXT = shownText();

    private PublicationDocument() {
    }

    static String bigram(String field) {
        return field + ChineseText.BIGRAM_SUFFIX;
    }

    /**
     * The document for a publication whose attachments yielded the given texts (already limited in length).
     *
     * @param attachmentText the text of all attachments that had any, with their file names
     * @param words the SmartChinese words of title and body in order, for the suggestion keywords
     */
    static Document of(Publication publication, String attachmentText, List<String> words) {
        Document doc = new Document();
        doc.add(new StringField(ID, String.valueOf(publication.id()), Field.Store.YES));
        doc.add(new StoredField(INDEX_NUMBER, publication.indexNumber()));
        text(doc, TITLE, publication.title());
        text(doc, BODY, publication.body());
        text(doc, ATTACHMENTS, attachmentText);
        keyword(doc, DEPARTMENT, String.valueOf(publication.departmentId()));
        doc.add(new StoredField(DEPARTMENT_NAME, publication.departmentName()));
        keyword(doc, CATEGORY, publication.category());
        LocalDate on = publication.publishedOn();
        keyword(doc, YEAR, String.valueOf(on.getYear()));
        doc.add(new NumericDocValuesField(PUBLISHED_ON, on.toEpochDay()));
        doc.add(new StoredField(PUBLISHED_ON, on.toEpochDay()));
        if (publication.documentNumber() != null) {
            doc.add(new StoredField(DOCUMENT_NUMBER, publication.documentNumber()));
        }
        publication.attachments().forEach(a -> doc.add(new StoredField(ATTACHMENT_NAMES, a.name())));
        for (String term : suggestTerms(words)) {
            doc.add(new StringField(SUGGEST, term, Field.Store.NO));
        }
        return doc;
    }

    private static void text(Document doc, String field, String text) {
        String value = text == null ? "" : text;
        doc.add(new TextField(field, value, Field.Store.NO));
        doc.add(new Field(bigram(field), value, SHOWN_TEXT));
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /** Words of two characters or more, and each word joined to the next when the pair is not too long. */
    static Set<String> suggestTerms(List<String> words) {
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i < words.size() && terms.size() < MAX_SUGGEST_TERMS; i++) {
            String word = words.get(i);
            if (word.codePointCount(0, word.length()) >= 2) {
                terms.add(word);
            }
            if (i + 1 < words.size()) {
                String pair = word + words.get(i + 1);
                if (pair.codePointCount(0, pair.length()) <= MAX_SUGGEST_LENGTH) {
                    terms.add(pair);
                }
            }
        }
        return terms;
    }

    private static FieldType shownText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
