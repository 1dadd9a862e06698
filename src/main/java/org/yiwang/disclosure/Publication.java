package org.yiwang.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * A piece of government information as it stands published (主动公开).
 *
 * @param indexNumber 索引号, unique, the publication's permanent identifier
 * @param documentNumber 发文字号, null when the information is not an official document
 * @param category the disclosure category code of the issuing department's catalogue (e.g. {@code policy})
 * @param body the text (plain text with paragraphs separated by blank lines)
 * @param validUntil end of validity; null when it has none
 */
public record Publication(long id, String indexNumber, String title, String body, long departmentId,
        String departmentName, String category, String documentNumber, LocalDate publishedOn, LocalDate validUntil,
        List<Attachment> attachments) {

    public Publication {
        attachments = List.copyOf(attachments);
    }
}
