package org.yiwang.disclosure;

import java.util.Optional;
import java.util.function.Consumer;

/** Read access to what is published, for the search index, the annual report and the other disclosure parts. */
public interface PublishedInformation {

    /** The publication if it is published now. */
    Optional<Publication> published(long id);

    /** Every publication published now, oldest first, one at a time (for rebuilding the search index). */
    void forEachPublished(Consumer<Publication> each);

    /** How many publications the department published in the calendar year (for the annual report). */
    long countPublished(long departmentId, int year);
}
