package org.yiwang.disclosure.internal.requests;

/** Where a request stands. The statutory clock runs in {@code PROCESSING} and stands still while a correction is awaited. */
enum RequestStatus {
    PROCESSING,
    AWAITING_CORRECTION,
    ANSWERED
}
