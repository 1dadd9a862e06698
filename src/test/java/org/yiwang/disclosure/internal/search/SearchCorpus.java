package org.yiwang.disclosure.internal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yiwang.disclosure.Publication;

/** The search tests' own corpus (test resources, written for the tests): fifteen publications of a district. */
final class SearchCorpus {

    private SearchCorpus() {
    }

    static List<Publication> load() {
        List<Publication> all = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SearchCorpus.class.getResourceAsStream("/disclosure/search-corpus.tsv")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                all.add(new Publication(Long.parseLong(f[0]), f[1], f[2], f[8], Long.parseLong(f[3]), f[4], f[5],
                        f[6].isEmpty() ? null : f[6], LocalDate.parse(f[7]), null, List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
