package org.yiwang.disclosure;

/** A publication went public (or was republished after a correction): the search index takes it in. */
public record PublicationPublished(long publicationId) {
}
