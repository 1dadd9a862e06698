package org.yiwang.catalog;

/** 共享方式: how a granted resource is delivered. */
public enum ShareMethod {
    /** 接口: records on request through the exchange gateway. */
    API,
    /** 文件: a file download. */
    FILE,
    /** 订阅: change events pushed to the subscriber. */
    SUBSCRIPTION
}
