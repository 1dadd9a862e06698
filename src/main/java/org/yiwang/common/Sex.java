package org.yiwang.common;

/** Sex as a citizen ID number records it: an odd sequence number is male, an even one female. */
public enum Sex {
    MALE, FEMALE
}
