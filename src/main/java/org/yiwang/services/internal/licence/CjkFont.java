package org.yiwang.services.internal.licence;

import java.awt.geom.GeneralPath;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The one place that finds the Chinese font of licences and decisions: Noto Sans CJK (Simplified Chinese face)
 * from the system's {@code fonts-noto-cjk} package, read from its TrueType collection with PDFBox's FontBox.
 *
 * <p>Noto Sans CJK has CFF (PostScript) outlines, which PDFBox 3.0 can neither subset nor embed from a
 * collection, and embedding the whole 16 MB face in every licence would be absurd. So the documents draw each
 * character from its outline, as vector paths: the PDF then needs no font at all, looks the same in every
 * reader, and stays small.
 */
final class CjkFont implements Closeable {

    static final Path DEFAULT_FILE = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    static final String FACE = "NotoSansCJKsc-Regular";
    static final String PACKAGE = "fonts-noto-cjk";

    /** One character's outline in em units (1 = the font size), with the baseline at y = 0. */
    record Glyph(GeneralPath outline, float advance) {
    }

    private final TrueTypeCollection collection;
    private final TrueTypeFont face;
    private final CmapLookup cmap;
    private final CFFFont cff;
    private final float outlineScale;
    private final float unitsPerEm;
    private final Map<Integer, Glyph> glyphs = new ConcurrentHashMap<>();

    private CjkFont(TrueTypeCollection collection, TrueTypeFont face) throws IOException {
        this.collection = collection;
        this.face = face;
        this.cmap = face.getUnicodeCmapLookup();
        this.unitsPerEm = face.getUnitsPerEm();
        if (!(face instanceof OpenTypeFont otf) || !otf.isPostScript()) {
            throw new IllegalStateException(FACE + " is expected to have CFF outlines (Debian package " + PACKAGE + ")");
        }
        this.cff = otf.getCFF().getFont();
        this.outlineScale = cff.getFontMatrix().get(0).floatValue();
    }

    /**
     * Loads the face from a font collection file.
     *
     * @throws IllegalStateException naming the Debian package when the file is missing or holds no such face
     */
    static CjkFont load(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("The Chinese font for licences is missing: " + file + " cannot be read. "
                    + "Install the Debian package " + PACKAGE + " (apt-get install " + PACKAGE + ") "
                    + "or point yiwang.licences.font at a Noto Sans CJK collection.");
        }
        try {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont face = collection.getFontByName(FACE);
            if (face == null) {
                collection.close();
                throw new IllegalStateException(file + " has no face " + FACE + "; install the Debian package "
                        + PACKAGE + " or point yiwang.licences.font at a Noto Sans CJK collection.");
            }
            return new CjkFont(collection, face);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Chinese font " + file + " (Debian package " + PACKAGE + ")", e);
        }
    }

    /** The outline of a character; characters the font lacks come out as its empty-box glyph. */
    Glyph glyph(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, this::readGlyph);
    }

    /** FontBox reads tables lazily from one shared file, so reading is serialised; the cache makes it rare. */
    private synchronized Glyph readGlyph(int codePoint) {
        try {
            int gid = cmap.getGlyphId(codePoint);
            GeneralPath path;
            if (cff instanceof CFFCIDFont cid) {
                path = cid.getType2CharString(cid.getCharset().getCIDForGID(gid)).getPath();
            } else {
                path = cff.getType2CharString(gid).getPath();
            }
            GeneralPath scaled = new GeneralPath(path);
            scaled.transform(java.awt.geom.AffineTransform.getScaleInstance(outlineScale, outlineScale));
            return new Glyph(scaled, face.getAdvanceWidth(gid) / unitsPerEm);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outline of U+" + Integer.toHexString(codePoint), e);
        }
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
