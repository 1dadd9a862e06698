package org.yiwang.services.internal.licence;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders a licence (电子证照) or a refusal decision (不予许可决定书) as a one-page A4 PDF: the text, a QR code
 * leading to the public verification page, and the image of the issuing department's seal. The seal image is
 * only what a person sees; what proves the document is the SM2 signature kept beside it ({@link SealStatement}).
 */
final class ResultDocument {

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final Color INK = new Color(0x1f, 0x23, 0x28);
    private static final Color MUTED = new Color(0x57, 0x60, 0x6a);
    private static final Color SEAL_RED = new Color(0xd4, 0x1e, 0x1e);
    private static final Color FRAME = new Color(0x9b, 0x1c, 0x1c);

    private final OutlineText text;

    ResultDocument(CjkFont font) {
        this.text = new OutlineText(font);
    }

    byte[] render(DocumentContent content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            describe(document, content);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                frame(out);
                if (content.kind() == ResultKind.LICENCE) {
                    licence(out, content);
                } else {
                    refusal(out, content);
                }
                qrCode(out, content.verifyUrl(), 72, 86, 92);
                out.setNonStrokingColor(MUTED);
                text.draw(out, "扫码核验", 96, 72, 9);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + content.number(), e);
        }
    }

    private static void describe(PDDocument document, DocumentContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle((content.kind() == ResultKind.LICENCE ? content.title() : content.kind().decisionTitle()) + " "
                + content.number());
        info.setSubject(content.itemName());
        info.setAuthor(content.departmentName());
        info.setKeywords(content.number());
        info.setCreator("Yiwang 一网");
    }

    private void frame(PDPageContentStream out) throws IOException {
        out.setStrokingColor(FRAME);
        out.setLineWidth(2.2f);
        out.addRect(28, 28, WIDTH - 56, HEIGHT - 56);
        out.stroke();
        out.setLineWidth(0.7f);
        out.addRect(34, 34, WIDTH - 68, HEIGHT - 68);
        out.stroke();
    }

    private void licence(PDPageContentStream out, DocumentContent c) throws IOException {
        out.setNonStrokingColor(INK);
        text.drawCentred(out, spaced(c.title()), WIDTH / 2, 735, 34);
        out.setNonStrokingColor(MUTED);
        text.drawCentred(out, "（电子证照）", WIDTH / 2, 708, 12);
        text.drawCentred(out, "证照编号：" + c.number(), WIDTH / 2, 684, 10.5f);

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"持证主体", c.holderName()});
        if (c.holderIdentifierMasked() != null) {
            rows.add(new String[] {"证件号码", c.holderIdentifierMasked()});
        }
        rows.add(new String[] {"许可事项", c.itemName()});
        for (Map.Entry<String, String> field : c.fields().entrySet()) {
            rows.add(new String[] {field.getKey(), field.getValue()});
        }
        rows.add(new String[] {"有效期限", c.validUntil() == null ? "长期" : "至 " + chinese(c.validUntil())});
        rows.add(new String[] {"办件编号", c.applicationNumber()});

        float y = 630;
        for (String[] row : rows) {
            out.setNonStrokingColor(MUTED);
            text.draw(out, row[0], 84, y, 12.5f);
            out.setNonStrokingColor(INK);
            for (String line : text.wrap(row[1] == null ? "" : row[1], 13, 340)) {
                text.draw(out, line, 180, y, 13);
                y -= 21;
            }
            y -= 9;
            if (y < 250) {
                break;
            }
        }
        issuer(out, c, 200);
    }

    private void refusal(PDPageContentStream out, DocumentContent c) throws IOException {
        out.setNonStrokingColor(INK);
        text.drawCentred(out, c.kind().decisionTitle(), WIDTH / 2, 740, 26);
        out.setNonStrokingColor(MUTED);
        text.drawCentred(out, "编号：" + c.number(), WIDTH / 2, 712, 10.5f);
        out.setNonStrokingColor(INK);
        List<String> paragraphs = List.of(
                c.holderName() + "：",
                "　　你（单位）提出的“" + c.itemName() + "”申请（办件编号：" + c.applicationNumber()
                        + (c.kind() == ResultKind.NOT_ACCEPTED
                                ? "），经审查，不符合受理条件，本机关决定不予受理。理由如下："
                                : "），经审查，本机关决定不予许可。理由如下："),
                "　　" + c.reasons().strip().replace("\n", "\n　　"),
                "　　如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，"
                        + "或者自收到本决定书之日起六个月内依法提起行政诉讼。");
        float y = 665;
        for (String paragraph : paragraphs) {
            for (String line : text.wrap(paragraph, 13.5f, 440)) {
                text.draw(out, line, 78, y, 13.5f);
                y -= 24;
                if (y < 260) {
                    break;
                }
            }
            y -= 6;
        }
        issuer(out, c, Math.max(190, Math.min(y - 60, 420)));
    }

    /** The issuing department and the date, right-aligned, under the department's seal. */
    private void issuer(PDPageContentStream out, DocumentContent c, float y) throws IOException {
        out.setNonStrokingColor(INK);
        float right = WIDTH - 84;
        String date = chinese(c.issuedOn());
        text.draw(out, c.departmentName(), right - text.width(c.departmentName(), 13), y, 13);
        text.draw(out, date, right - text.width(date, 13), y - 24, 13);
        seal(out, c.departmentName(), right - 62, y - 8, 58);
    }

    /** A round seal: two rings, the department's name along the upper arc, a star, and 电子印章 beneath it. */
    private void seal(PDPageContentStream out, String department, float cx, float cy, float radius) throws IOException {
        out.saveGraphicsState();
        var translucent = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(0.88f);
        translucent.setStrokingAlphaConstant(0.88f);
        out.setGraphicsStateParameters(translucent);
        out.setStrokingColor(SEAL_RED);
        out.setNonStrokingColor(SEAL_RED);
        out.setLineWidth(3);
        circle(out, cx, cy, radius - 1.5f);
        out.stroke();
        out.setLineWidth(0.8f);
        circle(out, cx, cy, radius - 5f);
        out.stroke();

        int n = department.codePointCount(0, department.length());
        float size = Math.min(12.5f, (float) (3.9 * (radius - 17)) / (n * 1.05f));
        float baseline = radius - 7f - size * 0.92f;
        double step = size * 1.05 / baseline;
        double start = Math.PI / 2 + step * n / 2;
        int i = 0;
        for (int k = 0; k < department.length(); ) {
            int cp = department.codePointAt(k);
            double angle = start - (i + 0.5) * step;
            AffineTransform at = new AffineTransform();
            at.translate(cx + baseline * Math.cos(angle), cy + baseline * Math.sin(angle));
            at.rotate(angle - Math.PI / 2);
            at.translate(-text.advance(cp) * size / 2, 0);
            at.scale(size, size);
            text.addGlyph(out, cp, at);
            i++;
            k += Character.charCount(cp);
        }
        out.fill();
        star(out, cx, cy + 2, radius * 0.26f);
        out.fill();
        text.drawCentred(out, "电子印章", cx, cy - radius * 0.52f, 8.5f);
        out.restoreGraphicsState();
    }

    private static void circle(PDPageContentStream out, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.closePath();
    }

    private static void star(PDPageContentStream out, float cx, float cy, float outer) throws IOException {
        float inner = outer * 0.382f;
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float r = i % 2 == 0 ? outer : inner;
            float x = (float) (cx + r * Math.cos(angle));
            float y = (float) (cy + r * Math.sin(angle));
            if (i == 0) {
                out.moveTo(x, y);
            } else {
                out.lineTo(x, y);
            }
        }
        out.closePath();
    }

    /** The QR code as vector squares, one per dark module, so it stays sharp at any zoom. */
    private static void qrCode(PDPageContentStream out, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + content, e);
        }
        float module = size / matrix.getWidth();
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    /** Short titles are spread out as on a paper certificate: 营 业 执 照. */
    private static String spaced(String title) {
        return title.length() <= 4 ? String.join(" ", title.split("")) : title;
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
