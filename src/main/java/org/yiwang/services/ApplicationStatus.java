package org.yiwang.services;

/** Where an application (办件) stands, as its applicant sees it. */
public enum ApplicationStatus {
    /** 已提交: filed online, waiting for the window. */
    SUBMITTED,
    /** 待补正: the window asked once for everything missing; the clock stops. */
    SUPPLEMENT_REQUESTED,
    /** 已补正: the applicant supplied what was missing; the clock runs again. */
    SUPPLEMENTED,
    /** 不予受理: refused at the window, with reasons. */
    NOT_ACCEPTED,
    /** 已受理 / 办理中: accepted; the departments process it. */
    IN_PROCESS,
    /** 准予: approved; the result (licence) follows. */
    APPROVED,
    /** 不予许可 / 不予办理: decided against, with reasons. */
    REFUSED,
    /** 已办结: finished; the applicant may rate it. */
    COMPLETED,
    /** 已撤回: withdrawn by the applicant before a decision. */
    WITHDRAWN
}
