package org.yiwang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstLinesTest {

    @Test
    void a_repeated_key_answers_the_line_it_first_appeared_on() {
        FirstLines seen = new FirstLines();
        assertThat(seen.putIfAbsent(33010619850312101L, 2)).isZero();
        assertThat(seen.putIfAbsent(33010619850312102L, 3)).isZero();
        assertThat(seen.putIfAbsent(33010619850312101L, 4)).isEqualTo(2);
        assertThat(seen.putIfAbsent(33010619850312101L, 5)).isEqualTo(2);
    }

    @Test
    void agrees_with_a_map_over_half_a_million_keys_with_repeats_while_it_grows() {
        FirstLines seen = new FirstLines();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(42);
        for (int line = 2; line < 500_002; line++) {
            long key = 110000000000000000L / 10 + random.nextInt(400_000) * 1_000_003L;
            Integer first = expected.putIfAbsent(key, line);
            assertThat(seen.putIfAbsent(key, line)).isEqualTo(first == null ? 0 : first);
        }
    }
}
