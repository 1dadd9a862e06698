package org.yiwang.services.internal.licence;

/**
 * What a sealed result is: a licence (电子证照) after an approval, a decision with reasons after a refusal, at the
 * decision step or already at the window.
 */
enum ResultKind {
    /** 电子证照. */
    LICENCE("ZZ", null),
    /** 不予许可决定书: refused at the decision. */
    REFUSAL("JD", "不予许可决定书"),
    /** 不予受理决定书: refused at the window, before the case was accepted. */
    NOT_ACCEPTED("JD", "不予受理决定书");

    private final String prefix;
    private final String decisionTitle;

    ResultKind(String prefix, String decisionTitle) {
        this.prefix = prefix;
        this.decisionTitle = decisionTitle;
    }

    boolean decision() {
        return this != LICENCE;
    }

    /** The title of a decision; null for a licence, whose title is its licence type. */
    String decisionTitle() {
        return decisionTitle;
    }

    /** The number of a result: kind, the issuing department's division, the year and a serial. */
    String number(String divisionCode, int year, long serial) {
        return "%s%s%d%08d".formatted(prefix, divisionCode, year, serial);
    }
}
