package org.yiwang.services.internal.catalog;

/** The type of a service item as the national catalog classifies it. */
public enum ItemKind {
    /** 行政许可 */
    LICENSING,
    /** 行政确认 */
    CONFIRMATION,
    /** 行政给付 */
    PAYMENT,
    /** 行政检查 */
    INSPECTION,
    /** 公共服务 */
    PUBLIC_SERVICE,
    /** 其他行政权力 */
    OTHER
}
