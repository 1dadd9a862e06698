package org.yiwang.disclosure.internal.publishing;

/** 密级: only {@link #NONE} (非密) may ever be published. */
enum Classification {
    /** 非密. */
    NONE,
    /** 秘密. */
    SECRET,
    /** 机密. */
    CONFIDENTIAL,
    /** 绝密. */
    TOP_SECRET
}
