package org.yiwang.registry.internal.macro;

/** How often an indicator is measured; each frequency writes its periods in its own form. */
enum Frequency {
    /** {@code 2025} */
    ANNUAL,
    /** {@code 2025Q3} */
    QUARTERLY,
    /** {@code 2025-07} */
    MONTHLY
}
