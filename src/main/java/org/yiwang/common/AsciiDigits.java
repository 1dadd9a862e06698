package org.yiwang.common;

/** Digit checks that, unlike {@link Character#isDigit}, accept only 0–9 and no full-width or other digits. */
final class AsciiDigits {

    private AsciiDigits() {
    }

    static boolean all(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!is(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean is(char c) {
        return c >= '0' && c <= '9';
    }
}
