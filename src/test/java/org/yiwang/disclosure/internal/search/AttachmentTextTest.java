package org.yiwang.disclosure.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.yiwang.common.files.FileType;
import org.yiwang.support.TestDocuments;

/** Text from PDF and Word files written by PDFBox and POI in the test itself. */
class AttachmentTextTest {

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void reads_the_text_of_a_pdf() throws IOException {
        String text = AttachmentText.extract(new ByteArrayInputStream(TestDocuments.pdf("Budget table 2025", "Xihu district")),
                FileType.PDF, 10_000);
        assertThat(text).contains("Budget table 2025").contains("Xihu district");
    }

    @Test
    void reads_the_chinese_text_of_a_word_document() throws IOException {
        String text = AttachmentText.extract(new ByteArrayInputStream(docx("附件一：公共租赁住房申请表", "申请人须如实填写家庭收入。")),
                FileType.DOCX, 10_000);
        assertThat(text).contains("公共租赁住房申请表").contains("家庭收入");
    }

    @Test
    void keeps_no_more_than_the_limit() throws IOException {
        String text = AttachmentText.extract(new ByteArrayInputStream(docx("一二三四五六七八九十".repeat(50))), FileType.DOCX, 25);
        assertThat(text).hasSize(25).startsWith("一二三四五");
    }

    @Test
    void a_broken_file_is_an_error_the_caller_can_skip() {
        byte[] broken = "%PDF-1.7 this is not really a pdf".getBytes();
        assertThatThrownBy(() -> AttachmentText.extract(new ByteArrayInputStream(broken), FileType.PDF, 100))
                .isInstanceOf(IOException.class);
        assertThat(AttachmentText.extractable(FileType.PNG)).isFalse();
    }
}
