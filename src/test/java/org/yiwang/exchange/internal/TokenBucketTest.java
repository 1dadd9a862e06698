package org.yiwang.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void allows_a_burst_up_to_the_rate_then_asks_to_wait() {
        TokenBucket bucket = new TokenBucket(3, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(20);
    }

    @Test
    void refills_at_the_rate_per_minute_and_never_above_capacity() {
        TokenBucket bucket = new TokenBucket(60, 0);
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.take(0)).isZero();
        }
        assertThat(bucket.take(SECOND / 2)).isEqualTo(1);
        assertThat(bucket.take(SECOND)).isZero();
        assertThat(bucket.take(SECOND)).isEqualTo(1);
        TokenBucket idle = new TokenBucket(2, 0);
        idle.take(0);
        idle.take(0);
        long hourLater = 3600 * SECOND;
        assertThat(idle.take(hourLater)).isZero();
        assertThat(idle.take(hourLater)).isZero();
        assertThat(idle.take(hourLater)).isPositive();
    }
}
