package org.yiwang.disclosure;

import org.yiwang.common.files.FileType;

/** A file attached to a publication, kept in the platform's FileStore under its SM3 digest. */
public record Attachment(String name, String digest, FileType type, long size) {
}
