package org.yiwang.disclosure.internal.requests;

/** Why information cannot be provided (无法提供, 条例 arts. 36(4), 38, 30). */
enum UnavailableReason {
    /** 本机关不掌握相关政府信息: after a search, the information does not exist here. */
    NOT_HELD,
    /** 没有现成信息需要另行制作. */
    NEEDS_CREATION,
    /** 补正后申请内容仍不明确. */
    STILL_UNCLEAR
}
