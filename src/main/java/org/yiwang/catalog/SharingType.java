package org.yiwang.catalog;

/** 共享类型 (GB/T 21063, 2017 cataloguing guide): sharing is the rule, not sharing the exception. */
public enum SharingType {
    /** 无条件共享: granted to any department at once. */
    UNCONDITIONAL,
    /** 有条件共享: the provider decides on each request, within the time limit. */
    CONDITIONAL,
    /** 不予共享: not shared; the entry must cite its legal basis. */
    NOT_SHARED
}
