package org.yiwang.catalog;

/** 资源分类 (GB/T 21063.4): base, thematic and departmental resources. */
public enum Classification {
    /** 基础信息资源: the four base registers. */
    BASE,
    /** 主题信息资源. */
    THEMATIC,
    /** 部门信息资源. */
    DEPARTMENTAL
}
