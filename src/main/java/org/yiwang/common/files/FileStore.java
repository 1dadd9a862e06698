package org.yiwang.common.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed storage for application materials, attachments and licences, outside the database.
 * The embedded default keeps files in a local directory ({@code yiwang.files.dir}); an object store can
 * stand behind the same interface. Files are never overwritten or deleted through it.
 */
public interface FileStore {

    /**
     * Reads the content to its end, checks it against the rules and keeps it under its SM3 digest.
     *
     * @param field the form field named in a refusal
     * @throws org.yiwang.common.RuleViolationException {@code file.empty}, {@code file.too-large} (HTTP 413)
     *         or {@code file.type} (HTTP 415) naming {@code field}; nothing is kept then
     */
    StoredFile store(InputStream content, FileRules rules, String field);

    /** The content kept under this digest, if any. The caller closes the stream. */
    Optional<InputStream> open(String digest);

    boolean contains(String digest);
}
