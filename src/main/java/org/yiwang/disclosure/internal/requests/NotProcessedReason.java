package org.yiwang.disclosure.internal.requests;

/** Why a request is not processed as a disclosure request (不予处理, 条例 arts. 36(6), 39). */
enum NotProcessedReason {
    /** 信访、举报、投诉类申请. */
    PETITION,
    /** 重复申请: the same requester asked for the same information and was answered. */
    REPEATED,
    /** 要求提供公开出版物. */
    PUBLICATION,
    /** 无正当理由大量反复申请. */
    EXCESSIVE,
    /** 要求行政机关确认或重新出具已获取信息. */
    CONFIRMATION
}
