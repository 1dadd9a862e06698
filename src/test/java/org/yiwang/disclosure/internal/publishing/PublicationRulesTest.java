package org.yiwang.disclosure.internal.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiwang.common.RuleViolation;

class PublicationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 6);

    static PublicationInput input(String classification, String disclosure) {
        return new PublicationInput("关于开展安全检查的通知", "正文第一段。\n\n正文第二段。", "notice", "西政办〔2026〕3号",
                classification, disclosure, null);
    }

    static List<String> rules(PublicationInput input) {
        return PublicationRules.check(input, TODAY, "").stream().map(RuleViolation::rule).toList();
    }

    @Test
    void accepts_unclassified_information_for_proactive_disclosure() {
        assertThat(rules(input("NONE", "PROACTIVE"))).isEmpty();
    }

    @Test
    void refuses_every_classification_but_unclassified() {
        for (String level : List.of("SECRET", "CONFIDENTIAL", "TOP_SECRET")) {
            assertThat(PublicationRules.check(input(level, "PROACTIVE"), TODAY, "items[2]."))
                    .containsExactly(RuleViolation.of("items[2].classification", "disclosure.classified", level));
        }
    }

    @Test
    void refuses_information_marked_not_public_or_on_request_only() {
        assertThat(rules(input("NONE", "NOT_PUBLIC"))).containsExactly("disclosure.not-public");
        assertThat(rules(input("NONE", "ON_REQUEST"))).containsExactly("disclosure.on-request-only");
        assertThat(rules(input(null, null)))
                .containsExactly("disclosure.classification.required", "disclosure.disclosure.required");
    }

    @Test
    void document_numbers_put_the_year_in_hexagonal_brackets() {
        PublicationInput square = new PublicationInput("标题", "正文", "policy", "西政办[2026]3号", "NONE", "PROACTIVE",
                null);
        assertThat(rules(square)).containsExactly("disclosure.document-number.format");
    }

    @Test
    void refuses_missing_text_unknown_categories_control_characters_and_ended_validity() {
        PublicationInput bad = new PublicationInput(" ", "正文\u0007", "gossip", null, "NONE", "PROACTIVE",
                TODAY.minusDays(1));
        assertThat(rules(bad)).containsExactly("disclosure.title.required", "disclosure.text.control-characters",
                "disclosure.category.unknown", "disclosure.valid-until.past");
    }

    @Test
    void index_numbers_from_an_archive_must_fit_department_year_and_category() {
        LocalDate on = LocalDate.of(2025, 3, 3);
        assertThat(IndexNumbers.mismatch("ZJ-TJ-2025-TJXX-00001", "ZJ-TJ", on, Category.STATISTICS, "i")).isEmpty();
        assertThat(IndexNumbers.mismatch("ZJ-TJ-2024-TJXX-00001", "ZJ-TJ", on, Category.STATISTICS, "i")).isPresent();
        assertThat(IndexNumbers.mismatch("ZJ-TJ-2025-TZGG-00001", "ZJ-TJ", on, Category.STATISTICS, "i")).isPresent();
        assertThat(IndexNumbers.mismatch("ZJ-TJ-2025-TJXX-1", "ZJ-TJ", on, Category.STATISTICS, "i")).isPresent();
        assertThat(IndexNumbers.format("ZJ-TJ", 2025, Category.STATISTICS, 12)).isEqualTo("ZJ-TJ-2025-TJXX-00012");
    }
}
