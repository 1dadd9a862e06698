package org.yiwang.disclosure.internal.publishing;

/** 公开属性, decided by the author when the information is formed: only {@link #PROACTIVE} goes to the portal. */
enum DisclosureKind {
    /** 主动公开. */
    PROACTIVE,
    /** 依申请公开: given to whoever asks, not put on the portal. */
    ON_REQUEST,
    /** 不予公开. */
    NOT_PUBLIC
}
