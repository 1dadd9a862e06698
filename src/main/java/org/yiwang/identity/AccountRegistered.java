package org.yiwang.identity;

/** A citizen or an enterprise registered, or an administrator created a staff account. */
public record AccountRegistered(long accountId, AccountKind kind) {
}
