package org.yiwang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.internal.StandaloneCrypto;

/** The platform's crypto service on a keystore generated in a temporary directory for one trial. */
@State(Scope.Benchmark)
public class PlatformCrypto {

    CryptoService crypto;
    private Path keys;

    @Setup(Level.Trial)
    public void open() throws IOException {
        keys = Files.createTempDirectory("yiwang-bench-keys-");
        crypto = StandaloneCrypto.inDirectory(keys);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(keys)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
