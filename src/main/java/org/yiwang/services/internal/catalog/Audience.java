package org.yiwang.services.internal.catalog;

/** Who applies for an item: a citizen (个人办事) or an enterprise (法人办事). */
public enum Audience {
    CITIZEN, ENTERPRISE
}
