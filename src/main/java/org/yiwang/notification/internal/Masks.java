package org.yiwang.notification.internal;

/** Phone numbers and email addresses as the log and the delivery record keep them. */
final class Masks {

    private Masks() {
    }

    static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "***";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    static String email(String address) {
        if (address == null) {
            return "***";
        }
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
