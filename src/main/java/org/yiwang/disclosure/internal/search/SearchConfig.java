package org.yiwang.disclosure.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.common.files.FileStore;
import org.yiwang.common.web.PathAccess;

/**
 * The search index of published information in {@code yiwang.search.dir} (default {@code ./data/search}), its
 * attachment reader, and the paths search opens: the search page and API are public, the index's maintenance
 * needs its permission.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfig {

    @Bean(destroyMethod = "close")
    PublicationIndex publicationIndex(@Value("${yiwang.search.dir:./data/search}") Path dir,
            @Value("${yiwang.search.clean:false}") boolean clean) {
        Path publications = dir.resolve("publications");
        if (clean) {
            deleteTree(publications);
        }
        return new PublicationIndex(publications);
    }

    @Bean
    PublicationSearch publicationSearch(PublicationIndex index) {
        return new PublicationSearch(index);
    }

    @Bean
    AttachmentText attachmentText(FileStore files,
            @Value("${yiwang.search.max-attachment-chars:100000}") int maxChars) {
        return new AttachmentText(files, maxChars);
    }

    @Bean
    PathAccess disclosureSearchPaths() {
        return PathAccess.none()
                .withPublic("/disclosure/search", "/api/v1/disclosure/search")
                .withOpenReads("/api/v1/disclosure/search");
    }

    /** For tests, whose database starts empty each run: an index left from an earlier run would lie. */
    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the search index in " + dir, e);
        }
    }
}
