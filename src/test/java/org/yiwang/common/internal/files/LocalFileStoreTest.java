package org.yiwang.common.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileRules;
import org.yiwang.common.files.FileType;
import org.yiwang.common.files.StoredFile;

class LocalFileStoreTest {

    @TempDir
    Path dir;

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void keeps_content_under_its_sm3_digest_once() throws IOException {
        LocalFileStore store = new LocalFileStore(dir);
        StoredFile first = store.store(new ByteArrayInputStream(PDF), FileRules.materials(1024), "material");
        StoredFile again = store.store(new ByteArrayInputStream(PDF), FileRules.materials(1024), "material");

        assertThat(first).isEqualTo(again);
        assertThat(first.type()).isEqualTo(FileType.PDF);
        assertThat(first.size()).isEqualTo(PDF.length);
        // SM3 of the bytes, computed independently of the store's streaming digest
        org.bouncycastle.crypto.digests.SM3Digest sm3 = new org.bouncycastle.crypto.digests.SM3Digest();
        sm3.update(PDF, 0, PDF.length);
        byte[] expected = new byte[32];
        sm3.doFinal(expected, 0);
        assertThat(first.digest()).isEqualTo(java.util.HexFormat.of().formatHex(expected));
        try (InputStream in = store.open(first.digest()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(store.contains(first.digest())).isTrue();
        assertThat(store.open("../../etc/passwd")).isEmpty();
    }

    @Test
    void an_executable_named_pdf_is_refused_and_nothing_is_kept() throws IOException {
        LocalFileStore store = new LocalFileStore(dir);
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(elf), FileRules.materials(1024), "material"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(e.violations().get(0).field()).isEqualTo("material");
                    assertThat(e.violations().get(0).rule()).isEqualTo("file.type");
                });
        assertThat(filesKept()).isZero();
    }

    @Test
    void an_oversized_file_is_refused_while_streaming() throws IOException {
        LocalFileStore store = new LocalFileStore(dir);
        byte[] big = new byte[5000];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(big), FileRules.materials(4096), "material"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0]), FileRules.materials(10), "m"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("file.empty"));
        assertThat(filesKept()).isZero();
    }

    @Test
    void office_packages_are_told_apart_by_their_entries() throws IOException {
        Path docx = dir.resolve("a.bin");
        Files.write(docx, zip("word/document.xml"));
        Path plainZip = dir.resolve("b.bin");
        Files.write(plainZip, zip("readme.txt"));

        assertThat(FileType.sniff(docx)).contains(FileType.DOCX);
        assertThat(FileType.sniff(plainZip)).isEmpty();
    }

    private long filesKept() throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
