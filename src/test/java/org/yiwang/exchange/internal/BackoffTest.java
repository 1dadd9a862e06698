package org.yiwang.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doubles_the_wait_after_each_failure_and_gives_up_after_the_last_attempt() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), 4);
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.exhausted(3)).isFalse();
        assertThat(backoff.exhausted(4)).isTrue();
    }

    @Test
    void never_waits_more_than_a_day() {
        assertThat(new Backoff(Duration.ofHours(1), 100).after(60)).isEqualTo(Duration.ofDays(1));
    }
}
