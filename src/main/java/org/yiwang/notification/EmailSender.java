package org.yiwang.notification;

/**
 * Sends an email. The embedded default only writes it to the log; a deployment sets
 * {@code yiwang.notification.email=custom} and declares its own bean of this type (e.g. over SMTP).
 */
public interface EmailSender {

    /** @throws RuntimeException when the mail server refuses; the failure is recorded */
    void send(String to, String subject, String text);
}
