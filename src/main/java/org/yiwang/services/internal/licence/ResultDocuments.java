package org.yiwang.services.internal.licence;

import java.nio.file.Path;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders licences and decisions. The font is read on first use, not at start, so that a platform without
 * the font package still starts and says clearly, at the first licence, which package is missing.
 */
@Component
class ResultDocuments implements DisposableBean {

    private final Path fontFile;
    private volatile CjkFont font;
    private volatile ResultDocument renderer;

    ResultDocuments(@Value("${yiwang.licences.font:}") String fontFile) {
        this.fontFile = fontFile.isBlank() ? CjkFont.DEFAULT_FILE : Path.of(fontFile);
    }

    byte[] render(DocumentContent content) {
        return renderer().render(content);
    }

    private ResultDocument renderer() {
        ResultDocument current = renderer;
        if (current == null) {
            synchronized (this) {
                if (renderer == null) {
                    font = CjkFont.load(fontFile);
                    renderer = new ResultDocument(font);
                }
                current = renderer;
            }
        }
        return current;
    }

    @Override
    public void destroy() throws Exception {
        if (font != null) {
            font.close();
        }
    }
}
