package org.yiwang.disclosure.internal.publishing;

import java.util.List;

/**
 * The outcome of one bulk load: what was published under which index number, and every rejected item with the
 * field and rule it broke, in the operator's language.
 *
 * @param outcome {@code LOADED} or {@code NOTHING_LOADED}
 */
record BulkReport(long runId, BulkMode mode, int received, int published, int rejected, String outcome,
        List<Loaded> loaded, List<Rejection> rejections) {

    /** An item that is now published; {@code item} counts from 0 in the order sent. */
    record Loaded(int item, long id, String indexNumber, String url) {
    }

    record Rejection(int item, String field, String rule, String message) {
    }
}
