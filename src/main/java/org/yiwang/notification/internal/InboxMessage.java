package org.yiwang.notification.internal;

import java.time.Instant;

/** A message as its addressee sees it in his inbox. */
record InboxMessage(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
