package org.yiwang.disclosure;

/** A publication was withdrawn from the portal: the search index drops it. */
public record PublicationWithdrawn(long publicationId) {
}
