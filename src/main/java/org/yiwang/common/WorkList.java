package org.yiwang.common;

/** The four lists of a civil servant's day (待办 / 已办 / 待阅 / 已阅). */
public enum WorkList {
    /** 待办: waiting for me to act. */
    PENDING,
    /** 已办: I acted on it. */
    HANDLED,
    /** 待阅: sent to me to read. */
    TO_READ,
    /** 已阅: read. */
    READ
}
