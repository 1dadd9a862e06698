package org.yiwang.notification;

/**
 * Sends a text message to a mobile number. The embedded default only writes it to the log; a deployment
 * sets {@code yiwang.notification.sms=custom} and declares its own bean of this type (an SMS gateway).
 */
public interface SmsSender {

    /** @throws RuntimeException when the gateway refuses; the failure is recorded, the message stays in the inbox */
    void send(String phone, String text);
}
