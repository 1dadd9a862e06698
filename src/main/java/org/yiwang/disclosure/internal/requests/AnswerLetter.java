package org.yiwang.disclosure.internal.requests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** A plain answer letter (政府信息公开申请答复书) as a Word document, for the demo requests' answers. */
final class AnswerLetter {

    private AnswerLetter() {
    }

    static byte[] docx(String department, String number, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(18);
            run.setText(department + "政府信息公开申请答复书");
            document.createParagraph().createRun().setText("申请编号：" + number);
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            XWPFParagraph seal = document.createParagraph();
            seal.setAlignment(ParagraphAlignment.RIGHT);
            seal.createRun().setText(department);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
