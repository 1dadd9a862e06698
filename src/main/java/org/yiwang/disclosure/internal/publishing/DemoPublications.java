package org.yiwang.disclosure.internal.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the demo corpus ({@code data/demo/disclosure-publications.yaml}, written for this project) through the same
 * bulk load an operator uses, so that the portal and the search have content. Publications already there (by index
 * number) are left alone, so loading twice changes nothing. Attachments are written as Word documents.
 */
@Component
@Profile("demo")
@Order(60)
class DemoPublications implements ApplicationRunner {

    static final String CORPUS = "data/demo/disclosure-publications.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoPublications.class);

    private final BulkPublishing bulk;
    private final Publishing publishing;
    private final PublicationRepository publications;

    DemoPublications(BulkPublishing bulk, Publishing publishing, PublicationRepository publications) {
        this.bulk = bulk;
        this.publishing = publishing;
        this.publications = publications;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> corpus = corpus();
        List<ArchiveEntry> entries = new ArrayList<>();
        List<Map<String, Object>> loading = new ArrayList<>();
        for (Map<String, Object> item : corpus) {
            if (!publications.indexNumberTaken(text(item, "indexNumber"))) {
                entries.add(entry(item));
                loading.add(item);
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        Actor demo = Actor.platform("demo");
        BulkReport report = bulk.load(demo, BulkMode.GOOD_ITEMS, entries, Locale.SIMPLIFIED_CHINESE);
        report.rejections().forEach(r -> log.warn("Demo publication {} refused: {} {}",
                text(loading.get(r.item()), "indexNumber"), r.field(), r.message()));
        for (BulkReport.Loaded loaded : report.loaded()) {
            String reason = text(loading.get(loaded.item()), "withdrawn");
            if (reason != null) {
                publishing.withdraw(demo, loaded.id(), reason);
            }
        }
        log.info("Demo publications loaded: {} of {}", report.published(), corpus.size());
    }

    static List<Map<String, Object>> corpus() {
        try (InputStream in = new ClassPathResource(CORPUS).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArchiveEntry entry(Map<String, Object> item) {
        List<Upload> uploads = new ArrayList<>();
        Object attachments = item.get("attachments");
        if (attachments instanceof List<?> list) {
            for (Object a : list) {
                Map<?, ?> attachment = (Map<?, ?>) a;
                uploads.add(new Upload((String) attachment.get("name"),
                        new ByteArrayResource(wordDocument((String) attachment.get("text")))));
            }
        }
        PublicationInput input = new PublicationInput(text(item, "title"), text(item, "body"), text(item, "category"),
                text(item, "documentNumber"), "NONE", "PROACTIVE", date(item.get("validUntil")));
        return new ArchiveEntry(text(item, "indexNumber"), text(item, "department"), input,
                date(item.get("publishedOn")), uploads, List.of());
    }

    /** A Word document with one paragraph per line of text. */
    static byte[] wordDocument(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.strip().split("\\R")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, Object> item, String key) {
        Object value = item.get(key);
        return value == null ? null : value.toString();
    }

    /** YAML reads an unquoted 2025-03-01 as a timestamp at midnight UTC. */
    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
