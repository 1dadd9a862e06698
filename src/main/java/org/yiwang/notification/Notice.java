package org.yiwang.notification;

/**
 * One message to one account: always in the in-app inbox (站内消息), and also by SMS or email when the
 * sender supplies the number or address (the notification module keeps no contact data of its own).
 *
 * @param title a short line, at most 200 characters
 * @param body the message itself, at most 4,000 characters
 * @param link where the message leads inside the platform (a path such as {@code /me/licences}); may be null
 * @param key identifies what the message is about (e.g. an event), so that the same thing is told only once;
 *            may be null
 * @param smsPhone a mobile number to text as well; may be null
 * @param email an address to mail as well; may be null
 */
public record Notice(long accountId, String title, String body, String link, String key, String smsPhone,
        String email) {

    public Notice {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("a notice needs a title of 1 to 200 characters");
        }
        if (body == null || body.length() > 4000) {
            throw new IllegalArgumentException("a notice needs a body of at most 4000 characters");
        }
        if (link != null && !link.startsWith("/")) {
            throw new IllegalArgumentException("a notice links inside the platform: " + link);
        }
    }

    /** An in-app message only. */
    public static Notice inApp(long accountId, String title, String body, String link, String key) {
        return new Notice(accountId, title, body, link, key, null, null);
    }

    public Notice withSms(String phone) {
        return new Notice(accountId, title, body, link, key, phone, email);
    }

    public Notice withEmail(String address) {
        return new Notice(accountId, title, body, link, key, smsPhone, address);
    }
}
