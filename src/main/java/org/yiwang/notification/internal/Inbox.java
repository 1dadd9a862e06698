package org.yiwang.notification.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** The addressee's own inbox: read it, mark one message or all of them read. Nobody sees another's messages. */
@Service
class Inbox {

    static final int PAGE = 100;

    /** The inbox as the page and the API show it. */
    record View(int unread, List<InboxMessage> messages) {
    }

    private final MessageRepository messages;
    private final Clock clock;

    Inbox(MessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    View of(long accountId, boolean unreadOnly) {
        return new View(messages.unreadCount(accountId), messages.inbox(accountId, unreadOnly, PAGE));
    }

    /** Marks the message read and returns it; someone else's message is as unknown as a missing one. */
    @Transactional
    InboxMessage read(long accountId, long messageId) {
        if (!messages.markRead(accountId, messageId, clock.instant())) {
            throw notFound();
        }
        return messages.byId(accountId, messageId).orElseThrow(Inbox::notFound);
    }

    @Transactional
    int readAll(long accountId) {
        return messages.markAllRead(accountId, clock.instant());
    }

    private static RuleViolationException notFound() {
        return new RuleViolationException(HttpStatus.NOT_FOUND, List.of(RuleViolation.of("id", "notification.not-found")));
    }
}
