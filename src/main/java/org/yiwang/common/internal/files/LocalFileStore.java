package org.yiwang.common.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.http.HttpStatus;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileRules;
import org.yiwang.common.files.FileStore;
import org.yiwang.common.files.FileType;
import org.yiwang.common.files.StoredFile;

/**
 * Files in a local directory, two levels deep by digest ({@code ab/cd/abcd…}). Content is streamed to a
 * temporary file while its SM3 digest is computed, checked, and then moved into place atomically, so a
 * reader never sees half a file and a refused upload leaves nothing behind.
 */
class LocalFileStore implements FileStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;

    LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store at " + this.root, e);
        }
    }

    @Override
    public StoredFile store(InputStream content, FileRules rules, String field) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(incoming, "upload-", ".part");
            SM3Digest sm3 = new SM3Digest();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(temporary)) {
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > rules.maxBytes()) {
                        throw new RuleViolationException(HttpStatus.PAYLOAD_TOO_LARGE, List.of(RuleViolation.of(
                                field, "file.too-large", megabytes(rules.maxBytes()))));
                    }
                    sm3.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw RuleViolationException.of(field, "file.empty");
            }
            FileType type = FileType.sniff(temporary).filter(rules.accepted()::contains)
                    .orElseThrow(() -> new RuleViolationException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of(
                            RuleViolation.of(field, "file.type", names(rules)))));
            byte[] hash = new byte[sm3.getDigestSize()];
            sm3.doFinal(hash, 0);
            String digest = HexFormat.of().formatHex(hash);
            Path target = pathOf(digest);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                moveIntoPlace(temporary, target);
            }
            return new StoredFile(digest, size, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a file", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentArrivedMeanwhile) {
            // the same bytes are already there under the same digest
        } catch (AtomicMoveNotSupportedException e) {
            Files.copy(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Optional<InputStream> open(String digest) {
        if (!isDigest(digest)) {
            return Optional.empty();
        }
        Path path = pathOf(digest);
        try {
            return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + digest, e);
        }
    }

    @Override
    public boolean contains(String digest) {
        return isDigest(digest) && Files.exists(pathOf(digest));
    }

    private Path pathOf(String digest) {
        return root.resolve(digest.substring(0, 2)).resolve(digest.substring(2, 4)).resolve(digest);
    }

    private static boolean isDigest(String digest) {
        return digest != null && digest.matches("[0-9a-f]{64}");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " B";
    }

    private static String names(FileRules rules) {
        return rules.accepted().stream().map(type -> type.extension().toUpperCase()).sorted()
                .collect(Collectors.joining("、"));
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover part file in incoming/ is harmless
            }
        }
    }
}
