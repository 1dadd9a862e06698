package org.yiwang.identity;

import java.time.Instant;

/** Too many failed sign-ins: the account is locked until the given time. */
public record AccountLocked(long accountId, Instant until) {
}
