package org.yiwang.disclosure;

import java.time.LocalDate;

/** A published piece of government information as a pick list shows it: enough to choose it, without its text. */
public record PublishedTitle(long id, String indexNumber, String title, String departmentName, LocalDate publishedOn) {
}
