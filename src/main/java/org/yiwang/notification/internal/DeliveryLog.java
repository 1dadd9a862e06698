package org.yiwang.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Hands a message to a sender and records what happened; a refusing gateway never fails the caller. */
@Component
class DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);

    private final MessageRepository messages;

    DeliveryLog(MessageRepository messages) {
        this.messages = messages;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void attempt(long messageId, String channel, String maskedAddress, Runnable send) {
        try {
            send.run();
            messages.recordDelivery(messageId, channel, maskedAddress, "SENT", null);
        } catch (RuntimeException e) {
            log.warn("{} for message {} to {} failed: {}", channel, messageId, maskedAddress, e.getMessage());
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            messages.recordDelivery(messageId, channel, maskedAddress, "FAILED",
                    reason.length() > 500 ? reason.substring(0, 500) : reason);
        }
    }
}
