package org.yiwang.exchange.internal;

import java.time.Duration;

/** Exponential backoff: the wait after the n-th failed attempt is {@code first · 2^(n−1)}, capped at a day. */
record Backoff(Duration first, int maxAttempts) {

    private static final Duration CAP = Duration.ofDays(1);

    /** Whether a message that has failed {@code attempts} times goes to the dead-letter list. */
    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(CAP) > 0 ? CAP : wait;
    }
}
