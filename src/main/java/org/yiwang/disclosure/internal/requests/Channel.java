package org.yiwang.disclosure.internal.requests;

/** How the request arrived: filed online by a signed-in requester, or in writing (letter, counter) and registered by staff. */
enum Channel {
    ONLINE,
    WRITTEN
}
