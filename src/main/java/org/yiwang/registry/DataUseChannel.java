package org.yiwang.registry;

/** How register data reached its user. */
public enum DataUseChannel {
    /** The register's own query API and pages ({@code /api/v1/registry/...}). */
    REGISTER_QUERY,
    /** A response of the exchange gateway under a grant. */
    GATEWAY,
    /** A change message pushed to a subscriber under a grant. */
    SUBSCRIPTION
}
