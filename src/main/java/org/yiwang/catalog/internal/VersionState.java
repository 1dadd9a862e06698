package org.yiwang.catalog.internal;

/** A version is drafted, then published; publishing the next one supersedes it, and it stays readable. */
enum VersionState {
    DRAFT, PUBLISHED, SUPERSEDED
}
