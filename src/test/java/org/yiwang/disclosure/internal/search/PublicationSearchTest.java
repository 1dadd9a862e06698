package org.yiwang.disclosure.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yiwang.common.RuleViolationException;
import org.yiwang.disclosure.Publication;

/** Search quality, highlighting, filters, sort and suggestions on the tests' own corpus, with a real Lucene index. */
class PublicationSearchTest {

    @TempDir
    static Path dir;

    static PublicationIndex index;
    static PublicationSearch search;

    @BeforeAll
    static void indexTheCorpus() {
        index = new PublicationIndex(dir.resolve("index"));
        index.rebuild(each -> SearchCorpus.load().forEach(each), p -> "");
        search = new PublicationSearch(index);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static SearchResults find(String q) {
        return search.search(SearchQuery.of(q, null, null, null, null, null), UnaryOperator.identity());
    }

    static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }

    @ParameterizedTest(name = "{0} → {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            营业执照         | 1
            执照             | 1
            个体工商户       | 2
            工商             | 2
            部门预算         | 4
            2024 预算        | 3
            决算             | 5
            三公经费         | 3
            医保 缴费        | 6
            门诊             | 7
            统计公报         | 9
            生产总值 上半年  | 8
            公积金           | 11
            租赁             | 10
            公开 要点        | 12
            任免             | 13
            食品经营许可     | 14
            许可             | 14
            养老             | 15
            """)
    void the_publication_that_must_come_first_comes_first(String q, long first) {
        SearchResults results = find(q);
        assertThat(results.hits()).as(q).isNotEmpty();
        assertThat(results.hits().get(0).id()).as(q).isEqualTo(first);
    }

    @Test
    void a_two_character_query_finds_the_word_it_is_part_of_and_marks_it() {
        SearchResults results = find("执照");
        assertThat(ids(results)).containsExactly(1L);
        assertThat(results.hits().get(0).titleHtml()).isEqualTo("关于优化营业<em>执照</em>办理流程的通知");
        assertThat(results.hits().get(0).snippetHtml()).contains("<em>执照</em>");
    }

    @Test
    void titles_weigh_more_than_bodies() {
        // "预算" is in the titles of 3 and 4 and in the body of 5
        List<Long> ids = ids(find("预算"));
        assertThat(ids).contains(3L, 4L, 5L);
        assertThat(ids.indexOf(5L)).isGreaterThan(ids.indexOf(3L)).isGreaterThan(ids.indexOf(4L) - 2);
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void every_term_must_be_found() {
        assertThat(ids(find("预算 医保"))).isEmpty();
        assertThat(ids(find("医保 门诊"))).containsExactly(7L);
    }

    @Test
    void lucene_syntax_and_markup_are_plain_text() {
        for (String q : List.of("title:* OR 1=1", "\"营业执照", "营业执照\"", "<script>alert(1)</script>", "*:*",
                "预算 AND NOT 决算", "(((", "\\", "' or ''='", "预算^100", "[2024 TO 2025]", "~", "执照~2",
                "政 ".repeat(50).strip(), "a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8 9 0 预 算")) {
            SearchResults results = find(q);
            assertThat(results.total()).as(q).isGreaterThanOrEqualTo(0);
            results.hits().forEach(h -> assertThat(h.titleHtml() + h.snippetHtml()).doesNotContain("<script"));
        }
        assertThat(find("*:*").total()).isZero();
        assertThat(ids(find("\"营业执照"))).containsExactly(1L);
    }

    @Test
    void highlights_escape_the_text_except_the_marks() {
        Publication markup = new Publication(99, "X/2025-99", "关于<script>alert('x')</script>的说明", "正文提到 a < b & c > d，以及营业执照。",
                11, "西湖区市场监督管理局", "notice", null, java.time.LocalDate.of(2025, 1, 2), null, List.of());
        index.put(markup, "");
        index.publish();
        try {
            SearchResults results = find("说明 营业执照");
            SearchResults.Hit hit = results.hits().stream().filter(h -> h.id() == 99).findFirst().orElseThrow();
            assertThat(hit.titleHtml()).doesNotContain("<script>").contains("&lt;script&gt;").contains("<em>说明</em>");
            assertThat(hit.snippetHtml()).contains("a &lt; b &amp; c &gt; d").contains("<em>营业执照</em>");
        } finally {
            index.remove(99);
            index.publish();
        }
    }

    @Test
    void filters_narrow_the_results_and_count_the_other_choices() {
        SearchResults all = find("预算");
        assertThat(all.filters().years()).extracting(SearchResults.Count::value).containsExactly("2025", "2024");
        SearchResults only2024 = search.search(SearchQuery.of("预算", null, null, 2024, null, null),
                UnaryOperator.identity());
        assertThat(ids(only2024)).containsExactly(3L);
        assertThat(only2024.total()).isEqualTo(1);
        // the year counts ignore the chosen year, so the reader sees 2025 is there too
        assertThat(only2024.filters().years()).extracting(SearchResults.Count::value).containsExactly("2025", "2024");
        assertThat(only2024.filters().years().get(1).chosen()).isTrue();
        SearchResults byDepartment = search.search(SearchQuery.of("公开", 16L, null, null, null, null),
                UnaryOperator.identity());
        assertThat(byDepartment.hits()).allMatch(h -> h.departmentId() == 16);
        assertThat(byDepartment.filters().departments()).extracting(SearchResults.Count::label)
                .contains("西湖区人民政府办公室", "西湖区财政局");
        SearchResults byCategory = search.search(SearchQuery.of("西湖区", null, "statistics", null, null, null),
                code -> "统计信息");
        assertThat(ids(byCategory)).containsExactlyInAnyOrder(8L, 9L);
        assertThat(byCategory.filters().categories()).filteredOn(SearchResults.Count::chosen)
                .extracting(SearchResults.Count::label, SearchResults.Count::count).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("统计信息", 2L));
    }

    @Test
    void sorting_by_date_puts_the_newest_first() {
        SearchResults byDate = search.search(SearchQuery.of("的", null, null, null, "date", null),
                UnaryOperator.identity());
        List<java.time.LocalDate> dates = byDate.hits().stream().map(SearchResults.Hit::publishedOn).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byDate.total()).isGreaterThan(10);
    }

    @Test
    void results_come_ten_to_a_page() {
        SearchResults first = search.search(SearchQuery.of("的", null, null, null, "date", 1), UnaryOperator.identity());
        SearchResults second = search.search(SearchQuery.of("的", null, null, null, "date", 2), UnaryOperator.identity());
        assertThat(first.hits()).hasSize(10);
        assertThat(second.hits()).hasSize((int) first.total() - 10);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
    }

    @Test
    void a_near_miss_gets_a_suggestion_that_finds_something() {
        SearchResults miss = find("营业执找");
        assertThat(miss.total()).isZero();
        assertThat(miss.suggestion()).isEqualTo("营业执照");
        SearchResults twoTerms = find("住房公积全 提取");
        assertThat(twoTerms.suggestion()).isEqualTo("住房公积金 提取");
        assertThat(find("量子计算机").suggestion()).isNull();
    }

    @Test
    void bad_questions_are_refused_naming_the_parameter() {
        assertThatThrownBy(() -> SearchQuery.of("  ", null, null, null, null, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("q:search.q.required"));
        assertThatThrownBy(() -> SearchQuery.of("政".repeat(101), null, null, null, null, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("q:search.q.too-long"));
        assertThatThrownBy(() -> SearchQuery.of("预算", 0L, "a b", 1800, "random", 0))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("department", "category", "year", "sort", "page"));
        assertThat(SearchQuery.of("政".repeat(100), null, null, null, null, null).terms()).hasSize(1);
    }
}
