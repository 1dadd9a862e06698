package org.yiwang.disclosure.internal.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.common.files.FileStore;
import org.yiwang.common.files.FileType;
import org.yiwang.disclosure.Attachment;

/**
 * The text of an attachment for the index: PDF through PDFBox, Word (.docx and .doc) through POI, read from
 * the FileStore by digest. Other kinds (images, spreadsheets, OFD) give no text. A file that cannot be read is
 * logged and skipped: one broken attachment never keeps its publication out of the index.
 */
final class AttachmentText {

    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

    /** Pages read from a PDF at most: the limit on characters applies only after the text is read. */
    private static final int MAX_PDF_PAGES = 200;

    private final FileStore files;
    private final int maxChars;

    /** @param maxChars the most characters kept per file (a 500-page report adds little beyond its start) */
    AttachmentText(FileStore files, int maxChars) {
        this.files = files;
        this.maxChars = maxChars;
    }

    Optional<String> of(Attachment attachment) {
        if (!extractable(attachment.type())) {
            return Optional.empty();
        }
        Optional<InputStream> content = files.open(attachment.digest());
        if (content.isEmpty()) {
            log.warn("Attachment {} ({}) is not in the file store; indexed without its text",
                    attachment.name(), attachment.digest());
            return Optional.empty();
        }
        try (InputStream in = content.get()) {
            String text = extract(in, attachment.type(), maxChars);
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        } catch (IOException | RuntimeException broken) {
            log.warn("Attachment {} ({}) could not be read as {}; indexed without its text: {}", attachment.name(),
                    attachment.digest(), attachment.type(), broken.toString());
            return Optional.empty();
        }
    }

    static boolean extractable(FileType type) {
        return type == FileType.PDF || type == FileType.DOCX || type == FileType.DOC;
    }

    /** The text of a PDF or Word file, cut at {@code maxChars} characters. */
    static String extract(InputStream in, FileType type, int maxChars) throws IOException {
        String text = switch (type) {
            case PDF -> pdf(in);
            case DOCX -> docx(in);
            case DOC -> doc(in);
            default -> "";
        };
        return text.length() <= maxChars ? text.strip() : text.substring(0, maxChars).strip();
    }

    private static String pdf(InputStream in) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PDF_PAGES);
            return stripper.getText(pdf);
        }
    }

    private static String docx(InputStream in) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(in); XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            return words.getText();
        }
    }

    private static String doc(InputStream in) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(in); WordExtractor words = new WordExtractor(doc)) {
            return words.getText();
        }
    }
}
