package org.yiwang.disclosure.internal.publishing;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a list: enough to show and link a publication, without its text. */
public record PublicationSummary(long id, String indexNumber, String title, long departmentId, String departmentCode,
        String departmentName, Category category, String documentNumber, Status status, Long authorId,
        String authorName, Instant createdAt, LocalDate dueOn, Instant submittedAt, LocalDate publishedOn,
        Instant publishedAt, LocalDate validUntil) {
}
