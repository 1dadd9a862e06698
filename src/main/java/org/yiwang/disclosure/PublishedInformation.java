package org.yiwang.disclosure;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Read access to what is published, for the search index, the annual report and the other disclosure parts. */
public interface PublishedInformation {

    /** The publication if it is published now. */
    Optional<Publication> published(long id);

    /** Every publication published now, oldest first, one at a time (for rebuilding the search index). */
    void forEachPublished(Consumer<Publication> each);

    /**
     * Publications published now whose title contains every word of {@code words} (split at spaces), those of
     * {@code departmentId} first, then the newest; empty for blank words.
     */
    List<PublishedTitle> publishedTitled(String words, long departmentId, int limit);

    /** How many publications the department published in the calendar year (for the annual report). */
    long countPublished(long departmentId, int year);
}
