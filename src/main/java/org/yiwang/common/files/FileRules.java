package org.yiwang.common.files;

import java.util.EnumSet;
import java.util.Set;

/** What one upload may be: the largest size in bytes and the kinds of file accepted. */
public record FileRules(long maxBytes, Set<FileType> accepted) {

    public FileRules {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        accepted = Set.copyOf(accepted);
    }

    /** Application materials: scans and photographs as PDF, JPEG or PNG. */
    public static FileRules materials(long maxBytes) {
        return new FileRules(maxBytes, EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG));
    }

    /** Attachments of publications and documents: PDF, Word, Excel, OFD and images. */
    public static FileRules documents(long maxBytes) {
        return new FileRules(maxBytes, EnumSet.allOf(FileType.class));
    }
}
