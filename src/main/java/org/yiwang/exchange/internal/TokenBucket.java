package org.yiwang.exchange.internal;

/**
 * A token bucket: holds up to {@code capacity} tokens and gains {@code capacity} per minute, so a grant may
 * burst up to its per-minute rate and then proceeds at that rate. Time comes in as nanoseconds so the
 * rule can be tested without waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int capacity;
    private double tokens;
    private long lastNanos;

    TokenBucket(int capacity, long nowNanos) {
        this.capacity = capacity;
        this.tokens = capacity;
        this.lastNanos = nowNanos;
    }

    /** Takes a token; 0 when taken, otherwise the whole seconds to wait before one is there (at least 1). */
    synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double nanosToOne = (1 - tokens) * NANOS_PER_MINUTE / capacity;
        return Math.max(1, (long) Math.ceil(nanosToOne / 1e9));
    }

    int capacity() {
        return capacity;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - lastNanos;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * capacity / NANOS_PER_MINUTE);
            lastNanos = nowNanos;
        }
    }
}
