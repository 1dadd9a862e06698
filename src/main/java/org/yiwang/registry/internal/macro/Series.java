package org.yiwang.registry.internal.macro;

import java.util.List;

/** The values of one indicator for one division, in period order. */
record Series(String divisionCode, String divisionName, List<SeriesPoint> points) {
}
