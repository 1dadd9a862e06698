package org.yiwang.registry.internal.macro;

/** A macro-economic indicator, with its name and unit in the reader's language. */
record Indicator(String code, String name, String unit, Frequency frequency) {
}
