package org.yiwang.disclosure.internal.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yiwang.disclosure.Attachment;
import org.yiwang.disclosure.Publication;

/** A publication as stored, whatever its status: the staff pages show all of it, the portal what is published. */
public record PublicationRow(long id, String indexNumber, long departmentId, String departmentCode,
        String departmentName, Category category, String title, String body, String documentNumber,
        String classification, String disclosure, LocalDate validUntil, Status status, String source, Long authorId,
        String authorName, Instant createdAt, LocalDate createdOn, LocalDate dueOn, Instant submittedAt,
        Long reviewerId, String reviewerName, Instant reviewedAt, String reviewOpinion, Instant publishedAt,
        LocalDate publishedOn, Instant withdrawnAt, String withdrawnBy, String withdrawReason, int version,
        List<Attachment> attachments) {

    public PublicationRow {
        attachments = List.copyOf(attachments);
    }

    public Publication publication() {
        return new Publication(id, indexNumber, title, body, departmentId, departmentName, category.code(),
                documentNumber, publishedOn, validUntil, attachments);
    }

    /** The body's paragraphs, as the portal shows them. */
    public List<String> paragraphs() {
        return java.util.Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** Whether the validity has ended on {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }
}
