package org.yiwang.common.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the platform analyses Chinese text for Lucene. SmartChinese cuts whole words ({@code 营业执照} is
 * one token, so a search for {@code 执照} would miss it); every searchable text is therefore indexed twice,
 * once as words and once as overlapping CJK bigrams in a field named {@code <field>}{@link #BIGRAM_SUFFIX}.
 * A query is run against both fields and words rank above bigrams.
 */
public final class ChineseText {

    /** Suffix of the bigram twin of a word field: {@code title} and {@code title_bigram}. */
    public static final String BIGRAM_SUFFIX = "_bigram";

    private ChineseText() {
    }

    /** Whole Chinese words (SmartChinese, with its stop words), lower-cased Latin words. */
    public static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    /**
     * Overlapping pairs of Chinese characters ({@code 营业执照} gives {@code 营业 业执 执照}); full-width
     * Latin letters and digits are folded to half-width and lower-cased. A lone Chinese character is kept
     * as itself.
     */
    public static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * One analyzer for a whole index: fields whose name ends in {@link #BIGRAM_SUFFIX} get bigrams,
     * {@code exactFields} are left to the caller's own analyzer, all others get words.
     */
    public static Analyzer perField(Map<String, Analyzer> exactFields) {
        Analyzer words = words();
        Analyzer bigrams = bigrams();
        Map<String, Analyzer> exact = Map.copyOf(exactFields);
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                Analyzer own = exact.get(fieldName);
                if (own != null) {
                    return own;
                }
                return fieldName.endsWith(BIGRAM_SUFFIX) ? bigrams : words;
            }
        };
    }
}
