package org.yiwang.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the platform accepts, recognised by their content, never by the name the sender gave:
 * an executable renamed {@code .pdf} is not a PDF.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    /** Word 2007 and later (an OOXML package). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** Excel 2007 and later (an OOXML package). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** Word 97–2003 (an OLE2 compound file). */
    DOC("application/msword", "doc"),
    /** An OFD document (GB/T 33190), the Chinese fixed-layout format: a ZIP package with OFD.xml at its root. */
    OFD("application/ofd", "ofd");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * What the file really is, read from its first bytes (and, for ZIP packages, from the names of its
     * entries); empty when it is none of the accepted kinds. An OLE2 file is taken for a Word document.
     */
    public static Optional<FileType> sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return Optional.of(DOC);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return packageType(file);
        }
        return Optional.empty();
    }

    private static Optional<FileType> packageType(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (name.equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
                if (name.equalsIgnoreCase("OFD.xml")) {
                    return Optional.of(OFD);
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
