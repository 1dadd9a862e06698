package org.yiwang.disclosure.internal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.yiwang.disclosure.Publication;

/**
 * Query latency over {@code docs} synthetic publications, sampled (JMH reports p50 and p99). {@code platform} is a
 * whole results page as the API answers it: the query over words and bigrams of title and body, the exact total,
 * the filter counts, sorting, ten hits with highlighted title and snippet, and the suggestion step when nothing is
 * found. {@code bare} is the baseline: a StandardAnalyzer phrase query over title and body, ten titles.
 * The queries cycle through subjects, their last two characters, subject plus place, and two near misses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SearchQueryBenchmark {

    @Param({"100000"})
    int docs;

    @Param({"platform", "bare"})
    String mapping;

    private Path dir;
    private PublicationIndex index;
    private PublicationSearch search;
    private BareIndex bare;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void build() throws IOException {
        dir = Files.createTempDirectory("search-bench");
        List<Publication> publications = SyntheticPublications.generate(docs, 2026);
        queries = SyntheticPublications.queries(7);
        long started = System.nanoTime();
        if (mapping.equals("platform")) {
            index = new PublicationIndex(dir);
            index.rebuild(each -> publications.forEach(each), p -> "");
            search = new PublicationSearch(index);
        } else {
            bare = new BareIndex(dir);
            for (Publication p : publications) {
                bare.add(p);
            }
            bare.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n[setup] %s index of %d publications built in %.1f s (%.0f documents/s)%n", mapping, docs,
                seconds, docs / seconds);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (index != null) {
            index.close();
        }
        if (bare != null) {
            bare.close();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Object query() throws IOException {
        String q = queries.get(next++ % queries.size());
        if (search != null) {
            return search.search(SearchQuery.of(q, null, null, null, null, null), UnaryOperator.identity());
        }
        return bare.search(q);
    }
}
