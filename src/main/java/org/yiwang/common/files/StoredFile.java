package org.yiwang.common.files;

/**
 * A file kept by the {@link FileStore}: its SM3 digest (64 hex digits) is its address, so the same
 * content is kept once and any change to it is visible.
 */
public record StoredFile(String digest, long size, FileType type) {

    public StoredFile {
        if (digest == null || !digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an SM3 digest: " + digest);
        }
    }
}
