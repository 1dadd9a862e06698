package org.yiwang.notification.internal;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yiwang.notification.EmailSender;
import org.yiwang.notification.Notice;
import org.yiwang.notification.Notifications;
import org.yiwang.notification.SmsSender;

/**
 * Messages go into the inbox in the caller's transaction. SMS and email wait until it commits, so nobody is
 * texted about a change that was rolled back; what the sender answered is recorded in a transaction of its own.
 */
@Service
class InAppNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(InAppNotifications.class);

    private final MessageRepository messages;
    private final Optional<SmsSender> sms;
    private final Optional<EmailSender> email;
    private final DeliveryLog deliveries;
    private final Clock clock;

    InAppNotifications(MessageRepository messages, Optional<SmsSender> sms, Optional<EmailSender> email,
            DeliveryLog deliveries, Clock clock) {
        this.messages = messages;
        this.sms = sms;
        this.email = email;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Long> send(Notice notice) {
        Optional<Long> id = messages.insert(notice, clock.instant());
        id.ifPresent(messageId -> afterCommit(() -> deliver(messageId, notice)));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public int unreadCount(long accountId) {
        return messages.unreadCount(accountId);
    }

    private void deliver(long messageId, Notice notice) {
        if (notice.smsPhone() != null) {
            if (sms.isEmpty()) {
                log.warn("No SMS sender is configured; message {} stays in the inbox only", messageId);
            } else {
                deliveries.attempt(messageId, "SMS", Masks.phone(notice.smsPhone()),
                        () -> sms.get().send(notice.smsPhone(), notice.title() + "：" + notice.body()));
            }
        }
        if (notice.email() != null) {
            if (email.isEmpty()) {
                log.warn("No email sender is configured; message {} stays in the inbox only", messageId);
            } else {
                deliveries.attempt(messageId, "EMAIL", Masks.email(notice.email()),
                        () -> email.get().send(notice.email(), notice.title(), notice.body()));
            }
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
