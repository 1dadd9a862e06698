package org.yiwang.disclosure.internal.publishing;

/** What a bulk load with bad items does: the operator chooses, there is no default. */
enum BulkMode {
    /** Any rejected item and nothing is published; the report lists every rejected item. */
    ALL_OR_NOTHING,
    /** The good items are published; the report lists every rejected item. */
    GOOD_ITEMS
}
