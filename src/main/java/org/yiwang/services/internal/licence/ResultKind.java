package org.yiwang.services.internal.licence;

/** What a sealed result is: a licence (电子证照) after an approval, a decision with reasons after a refusal. */
enum ResultKind {
    /** 电子证照. */
    LICENCE("ZZ"),
    /** 不予许可决定书. */
    REFUSAL("JD");

    private final String prefix;

    ResultKind(String prefix) {
        this.prefix = prefix;
    }

    /** The number of a result: kind, the issuing department's division, the year and a serial. */
    String number(String divisionCode, int year, long serial) {
        return "%s%s%d%08d".formatted(prefix, divisionCode, year, serial);
    }
}
