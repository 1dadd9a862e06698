package org.yiwang.exchange.internal;

/** Where an access request stands: waiting for the provider, granted, or refused with reasons. */
enum RequestStatus {
    PENDING, GRANTED, REFUSED
}
