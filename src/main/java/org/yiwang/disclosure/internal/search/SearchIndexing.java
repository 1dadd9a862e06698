package org.yiwang.disclosure.internal.search;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.disclosure.Attachment;
import org.yiwang.disclosure.Publication;
import org.yiwang.disclosure.PublicationPublished;
import org.yiwang.disclosure.PublicationWithdrawn;
import org.yiwang.disclosure.PublishedInformation;

/**
 * Keeps the index in step with what is published: each publication and withdrawal event is applied as soon as
 * its transaction has committed, and the whole index can be rebuilt from the database (at start when it is
 * missing or of an older mapping, and on demand).
 */
@Service
class SearchIndexing {

    static final String REBUILD = "disclosure.search-index.rebuild";
    static final String TARGET = "search-index:publications";

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final PublicationIndex index;
    private final PublishedInformation published;
    private final AttachmentText attachments;
    private final AuditTrail audit;

    SearchIndexing(PublicationIndex index, PublishedInformation published, AttachmentText attachments,
            AuditTrail audit) {
        this.index = index;
        this.published = published;
        this.attachments = attachments;
        this.audit = audit;
    }

    /** A publication went public or was corrected: index what is published now (nothing if it is gone again). */
    @ApplicationModuleListener
    void on(PublicationPublished event) {
        published.published(event.publicationId()).ifPresentOrElse(
                publication -> index.put(publication, attachmentText(publication)),
                () -> index.remove(event.publicationId()));
        index.publish();
    }

    @ApplicationModuleListener
    void on(PublicationWithdrawn event) {
        index.remove(event.publicationId());
        index.publish();
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenOutdated() {
        if (index.outdated()) {
            log.info("The search index is missing or of an older mapping; rebuilding it from the database");
            int count = rebuildFromDatabase();
            audit.recordAs("system", REBUILD, TARGET, AuditOutcome.SUCCESS,
                    "at start (missing or outdated index): " + count + " publications");
        }
    }

    /** Rebuilds the index on an administrator's demand, audited; returns how many publications it holds. */
    int rebuild() {
        try {
            int count = rebuildFromDatabase();
            audit.record(REBUILD, TARGET, AuditOutcome.SUCCESS, count + " publications");
            return count;
        } catch (RuntimeException e) {
            audit.record(REBUILD, TARGET, AuditOutcome.FAILURE, e.getClass().getSimpleName());
            throw e;
        }
    }

    private int rebuildFromDatabase() {
        long started = System.nanoTime();
        int count = index.rebuild(published::forEachPublished, this::attachmentText);
        log.info("Search index rebuilt: {} publications in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    int size() {
        return index.size();
    }

    /** The names of the attachments and the text of those that have any, one after the other. */
    String attachmentText(Publication publication) {
        List<String> parts = new ArrayList<>();
        for (Attachment attachment : publication.attachments()) {
            parts.add(attachment.name());
            attachments.of(attachment).ifPresent(parts::add);
        }
        return String.join("\n\n", parts);
    }
}
