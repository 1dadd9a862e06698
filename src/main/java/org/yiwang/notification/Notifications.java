package org.yiwang.notification;

import java.util.Optional;

/**
 * Tells an account holder what he must know: an in-app message, and an SMS or email beside it when asked.
 * Other modules call it inside their own transaction; the message is kept with their change (or not at all),
 * and SMS and email go out only after that transaction commits.
 */
public interface Notifications {

    /**
     * Keeps the message in the account's inbox and schedules the SMS and email it asks for.
     *
     * @return the message id, or empty when a message with the same {@link Notice#key()} was sent before
     */
    Optional<Long> send(Notice notice);

    /** How many messages the account has not read yet. */
    int unreadCount(long accountId);
}
