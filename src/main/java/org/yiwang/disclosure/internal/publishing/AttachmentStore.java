package org.yiwang.disclosure.internal.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileRules;
import org.yiwang.common.files.FileStore;
import org.yiwang.common.files.StoredFile;
import org.yiwang.disclosure.Attachment;

/**
 * Keeps the attachments of publications in the platform's FileStore. Only documents are accepted (PDF, Word, Excel,
 * OFD and images), recognised by their content: an executable renamed {@code .pdf} is refused.
 */
@Component
class AttachmentStore {

    static final int MAX_ATTACHMENTS = 10;
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int NAME_MAX = 120;
    static final FileRules RULES = FileRules.documents(MAX_BYTES);

    private final FileStore files;

    AttachmentStore(FileStore files) {
        this.files = files;
    }

    /** The rules the names and the number of the uploads break, before any content is read. */
    static List<RuleViolation> checkNames(List<Upload> uploads, int alreadyAttached, String prefix) {
        List<RuleViolation> broken = new ArrayList<>();
        if (uploads.size() + alreadyAttached > MAX_ATTACHMENTS) {
            broken.add(RuleViolation.of(prefix + "attachments", "disclosure.attachment.too-many", MAX_ATTACHMENTS));
        }
        for (int i = 0; i < uploads.size(); i++) {
            String name = uploads.get(i).name();
            if (name == null || name.isBlank() || name.length() > NAME_MAX || name.contains("/") || name.contains("\\")
                    || name.chars().anyMatch(Character::isISOControl)) {
                broken.add(RuleViolation.of(prefix + "attachments[" + i + "].name", "disclosure.attachment.name",
                        NAME_MAX));
            }
        }
        return broken;
    }

    /**
     * Stores each upload and describes it as an attachment.
     *
     * @throws RuleViolationException naming {@code <prefix>attachments[i]} when one is empty, too large or no document
     */
    List<Attachment> store(List<Upload> uploads, String prefix) {
        List<Attachment> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            try (InputStream in = upload.content().getInputStream()) {
                StoredFile file = files.store(in, RULES, prefix + "attachments[" + i + "]");
                stored.add(new Attachment(upload.name().strip(), file.digest(), file.type(), file.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }
}
