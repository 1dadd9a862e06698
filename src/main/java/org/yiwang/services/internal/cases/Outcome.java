package org.yiwang.services.internal.cases;

/** What a staff member decides when he completes a step. */
enum Outcome {
    /** 受理: accept at the window. */
    ACCEPT,
    /** 不予受理: refuse at the window, with reasons. */
    NOT_ACCEPT,
    /** 准予: approve at the decision step. */
    APPROVE,
    /** 不予许可: refuse at the decision step, with reasons. */
    REFUSE,
    /** Any other step: done, with an opinion. */
    PASS
}
