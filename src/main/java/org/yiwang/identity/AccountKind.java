package org.yiwang.identity;

/** The four kinds of user of the one account system. */
public enum AccountKind {
    CITIZEN, ENTERPRISE, STAFF, LEADER;

    /** Staff and leaders must pass a second factor (TOTP) after the password. */
    public boolean needsSecondFactor() {
        return this == STAFF || this == LEADER;
    }
}
