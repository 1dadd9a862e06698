package org.yiwang.catalog;

/** How sensitive a data item is; decides masking and whether a grant may include it in the clear. */
public enum Sensitivity {
    PUBLIC, INTERNAL, PERSONAL, SENSITIVE_PERSONAL
}
