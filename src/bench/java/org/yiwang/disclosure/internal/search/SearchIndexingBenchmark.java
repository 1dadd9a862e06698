package org.yiwang.disclosure.internal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Indexing throughput: one invocation indexes all {@code docs} synthetic publications into a new index on disk
 * and commits. {@code platform} is the platform's mapping (SmartChinese words and CJK bigrams of title and body,
 * filter fields, suggestion keywords, offsets); {@code bare} is a bare Lucene index of the same title and body
 * with the StandardAnalyzer. The score is the time for all {@code docs}: documents per second = docs / score.
 * One invocation of 100,000 documents is long enough to warm the JIT within it, and the machine is shared: one
 * measured iteration, no warm-up ({@code -i 3} for more).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class SearchIndexingBenchmark {

    @Param({"100000"})
    int docs;

    @Param({"platform", "bare"})
    String mapping;

    private List<Publication> publications;
    private Path dir;

    @Setup(Level.Trial)
    public void generate() {
        publications = SyntheticPublications.generate(docs, 2026);
    }

    @Setup(Level.Iteration)
    public void newDirectory() throws IOException {
        dir = Files.createTempDirectory("search-bench");
    }

    @TearDown(Level.Iteration)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public int index() throws IOException {
        if (mapping.equals("platform")) {
            try (PublicationIndex index = new PublicationIndex(dir)) {
                for (Publication p : publications) {
                    index.put(p, "");
                }
                index.publish();
                return index.size();
            }
        }
        try (BareIndex bare = new BareIndex(dir)) {
            for (Publication p : publications) {
                bare.add(p);
            }
            bare.commit();
            return bare.size();
        }
    }
}
