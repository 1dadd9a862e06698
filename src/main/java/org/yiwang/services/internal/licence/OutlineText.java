package org.yiwang.services.internal.licence;

import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Writes text on a PDF page as the font's outlines (see {@link CjkFont} for why), and measures and wraps it. */
final class OutlineText {

    private final CjkFont font;

    OutlineText(CjkFont font) {
        this.font = font;
    }

    float width(String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += font.glyph(cp).advance() * size;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Adds the outlines of {@code text} with its baseline starting at (x, y) to the current path; the caller fills. */
    void add(PDPageContentStream page, String text, float x, float y, float size) throws IOException {
        float pen = x;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            CjkFont.Glyph glyph = font.glyph(cp);
            AffineTransform at = new AffineTransform(size, 0, 0, size, pen, y);
            addPath(page, glyph, at);
            pen += glyph.advance() * size;
            i += Character.charCount(cp);
        }
    }

    /** Writes and fills {@code text} at (x, y). */
    void draw(PDPageContentStream page, String text, float x, float y, float size) throws IOException {
        add(page, text, x, y, size);
        page.fill();
    }

    void drawCentred(PDPageContentStream page, String text, float centreX, float y, float size) throws IOException {
        draw(page, text, centreX - width(text, size) / 2, y, size);
    }

    /** One character placed by an arbitrary transform (e.g. rotated around a seal); the caller fills. */
    void addGlyph(PDPageContentStream page, int codePoint, AffineTransform at) throws IOException {
        addPath(page, font.glyph(codePoint), at);
    }

    float advance(int codePoint) {
        return font.glyph(codePoint).advance();
    }

    /** Breaks text into lines no wider than {@code maxWidth}: between any two characters, as Chinese allows. */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float width = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                float w = font.glyph(cp).advance() * size;
                if (width + w > maxWidth && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    width = 0;
                }
                line.appendCodePoint(cp);
                width += w;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static void addPath(PDPageContentStream page, CjkFont.Glyph glyph, AffineTransform at) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator it = glyph.outline().getPathIterator(at); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    page.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    page.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    page.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    page.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> page.closePath();
            }
        }
    }
}
