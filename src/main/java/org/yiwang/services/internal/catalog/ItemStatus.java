package org.yiwang.services.internal.catalog;

/** Whether applicants see an item: being prepared, published, or suspended. */
public enum ItemStatus {
    DRAFT, PUBLISHED, SUSPENDED
}
