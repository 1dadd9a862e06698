package org.yiwang.exchange.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * One token bucket per grant, in this node's memory. With several nodes each enforces the rate on its own
 * share of the traffic; a shared limit would move the buckets to Redis (see DESIGN.md, growing past one machine).
 */
@Component
class RateLimits {

    private final ConcurrentMap<Long, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** 0 when the request may go ahead, otherwise the seconds to wait (for Retry-After). */
    long take(Grant grant) {
        long now = System.nanoTime();
        TokenBucket bucket = buckets.compute(grant.id(), (id, existing) ->
                existing == null || existing.capacity() != grant.ratePerMinute()
                        ? new TokenBucket(grant.ratePerMinute(), now) : existing);
        return bucket.take(now);
    }
}
