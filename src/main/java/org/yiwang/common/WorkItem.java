package org.yiwang.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a workbench list, contributed by whichever module owns the work (an application step, an
 * access request, an official document). {@code link} opens it; {@code dueDate} is a working-day deadline
 * where one applies, and {@code warning} is {@code null}, {@code yellow} or {@code red}.
 */
public record WorkItem(String source, String id, String title, String fromDepartment, Instant receivedAt,
        LocalDate dueDate, String warning, String link) {
}
