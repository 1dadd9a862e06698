package org.yiwang.disclosure.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** What each statutory outcome must carry, and what it must not. */
class AnswerRulesTest {

    static Answer.Draft draft(String outcome, String exemption, String unavailable, String notProcessed,
            String earlier, String body, Long publication) {
        return new Answer.Draft(outcome, exemption, unavailable, notProcessed, earlier, body, publication, "摘要");
    }

    static List<String> refusals(Answer.Draft draft, boolean document) {
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> Answer.checked(draft, document));
        assertThat(e).as("refused").isNotNull();
        return e.violations().stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void withholding_must_cite_an_exemption() {
        assertThat(refusals(draft("WITHHELD", null, null, null, null, null, null), true))
                .containsExactly("exemption disclosure-request.answer.required-for-outcome");
        assertThat(Answer.checked(draft("WITHHELD", "STATE_SECRET", null, null, null, null, null), true).exemption())
                .isEqualTo(Exemption.STATE_SECRET);
    }

    @Test
    void partial_disclosure_must_cite_the_exemption_of_the_part_withheld() {
        assertThat(refusals(draft("PARTIALLY_DISCLOSED", null, null, null, null, null, null), true))
                .containsExactly("exemption disclosure-request.answer.required-for-outcome");
    }

    @Test
    void full_disclosure_cites_no_exemption() {
        assertThat(refusals(draft("DISCLOSED", "PRIVACY", null, null, null, null, null), true))
                .containsExactly("exemption disclosure-request.answer.not-for-outcome");
    }

    @Test
    void information_that_cannot_be_provided_says_why() {
        assertThat(refusals(draft("UNAVAILABLE", null, null, null, null, null, null), true))
                .containsExactly("unavailableReason disclosure-request.answer.required-for-outcome");
        assertThat(Answer.checked(draft("UNAVAILABLE", null, "NOT_HELD", null, null, null, null), true)
                .unavailableReason()).isEqualTo(UnavailableReason.NOT_HELD);
    }

    @Test
    void not_this_bodys_information_names_the_responsible_body() {
        assertThat(refusals(draft("NOT_RESPONSIBLE", null, null, null, null, null, null), true))
                .containsExactly("responsibleBody disclosure-request.answer.required-for-outcome");
        assertThat(Answer.checked(draft("NOT_RESPONSIBLE", null, null, null, null, "杭州市特种设备检测研究院", null), true)
                .responsibleBody()).isEqualTo("杭州市特种设备检测研究院");
        assertThat(refusals(draft("DISCLOSED", null, null, null, null, "某机关", null), true))
                .containsExactly("responsibleBody disclosure-request.answer.not-for-outcome");
    }

    @Test
    void a_repeated_request_names_the_earlier_request() {
        assertThat(refusals(draft("NOT_PROCESSED", null, null, "REPEATED", null, null, null), true))
                .containsExactly("earlierRequestNumber disclosure-request.answer.repeated.earlier-required");
        assertThat(refusals(draft("NOT_PROCESSED", null, null, null, null, null, null), true))
                .containsExactly("notProcessedReason disclosure-request.answer.required-for-outcome");
        assertThatCode(() -> Answer.checked(draft("NOT_PROCESSED", null, null, "PETITION", null, null, null), true))
                .doesNotThrowAnyException();
    }

    @Test
    void already_published_names_the_publication() {
        assertThat(refusals(draft("ALREADY_PUBLISHED", null, null, null, null, null, null), true))
                .containsExactly("publicationId disclosure-request.answer.required-for-outcome");
        assertThat(Answer.checked(draft("ALREADY_PUBLISHED", null, null, null, null, null, 12L), true)
                .publicationId()).isEqualTo(12L);
    }

    @Test
    void every_answer_needs_its_answer_document_and_a_known_outcome() {
        assertThat(refusals(draft("DISCLOSED", null, null, null, null, null, null), false))
                .containsExactly("document disclosure-request.answer.document.required");
        assertThat(refusals(draft(null, null, null, null, null, null, null), true))
                .containsExactly("outcome disclosure-request.required");
        assertThat(refusals(draft("GRANTED", "SECRET", null, null, null, null, null), true))
                .containsExactly("outcome disclosure-request.unknown-value", "exemption disclosure-request.unknown-value");
    }

    @Test
    void all_problems_are_reported_at_once() {
        List<String> all = refusals(draft("WITHHELD", null, "NOT_HELD", null, null, null, null), false);
        assertThat(all).containsExactlyInAnyOrder("exemption disclosure-request.answer.required-for-outcome",
                "unavailableReason disclosure-request.answer.not-for-outcome",
                "document disclosure-request.answer.document.required");
    }

    @Test
    void the_outcome_in_a_refusal_is_named_in_the_readers_language() {
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> Answer.checked(draft("WITHHELD", null, null, null, null, null, null), true));
        RuleViolation v = e.violations().get(0);
        assertThat(v.args().get(0)).isInstanceOf(org.springframework.context.MessageSourceResolvable.class);
        assertThat(((org.springframework.context.MessageSourceResolvable) v.args().get(0)).getCodes())
                .containsExactly("dreq.outcome.WITHHELD");
    }
}
