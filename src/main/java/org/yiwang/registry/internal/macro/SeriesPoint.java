package org.yiwang.registry.internal.macro;

import java.math.BigDecimal;
import java.time.Instant;

/** One value of an indicator for one division and period, with the department that supplied it. */
record SeriesPoint(String period, BigDecimal value, String sourceDepartment, Instant updatedAt) {
}
