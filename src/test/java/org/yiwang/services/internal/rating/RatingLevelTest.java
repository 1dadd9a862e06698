package org.yiwang.services.internal.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RatingLevelTest {

    @Test
    void the_five_levels_are_read_by_their_chinese_words_or_english_names() {
        assertThat(RatingLevel.parse("非常满意")).contains(RatingLevel.VERY_SATISFIED);
        assertThat(RatingLevel.parse(" 基本满意 ")).contains(RatingLevel.BASICALLY_SATISFIED);
        assertThat(RatingLevel.parse("very_dissatisfied")).contains(RatingLevel.VERY_DISSATISFIED);
        assertThat(RatingLevel.parse("还行")).isEmpty();
        assertThat(RatingLevel.parse(null)).isEmpty();
    }

    @Test
    void only_dissatisfied_and_very_dissatisfied_are_bad_ratings() {
        assertThat(Arrays.stream(RatingLevel.values()).filter(RatingLevel::bad))
                .containsExactly(RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED);
    }
}
