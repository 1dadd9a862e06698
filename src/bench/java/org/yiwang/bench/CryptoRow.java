package org.yiwang.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.internal.StandaloneCrypto;

/**
 * The crypto work of one imported person (two SM4-GCM encryptions, ID number and phone, and two HMAC-SM3 digests, the
 * ID-number index and the phone index), timed in six rounds of 200,000 rows on each of {@code threads} threads (default
 * 1); a plain main, so that two builds of the crypto module can be compared in turns on the same machine:
 *
 * <pre>
 * ./mvnw -Pbench -DskipTests test-compile
 * java -cp target/test-classes:BUILD_CLASSES:DEPENDENCIES org.yiwang.bench.CryptoRow [threads]
 * </pre>
 */
public final class CryptoRow {

    private CryptoRow() {
    }

    public static void main(String[] args) throws Exception {
        CryptoService crypto = StandaloneCrypto.inDirectory(Files.createTempDirectory("cryptorow"));
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int round = 0; round < 6; round++) {
            int n = 200_000;
            long start = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> person(crypto, n)));
            }
            long sink = 0;
            for (Future<Long> rows : done) {
                sink += rows.get();
            }
            double us = (System.nanoTime() - start) / 1e3 / n;
            System.out.printf("round %d: %.2f us per row on each of %d threads (%.0f rows/s in all)%s%n", round, us,
                    threads, threads * 1e6 / us, sink > 0 ? "" : "?");
        }
        pool.shutdown();
    }

    private static long person(CryptoService crypto, int n) {
        long sink = 0;
        for (int i = 0; i < n; i++) {
            String id = "33010619850312" + (1000 + i % 9000);
            String phone = "1380013" + (1000 + i % 9000);
            sink += crypto.blindIndex(id).length();
            sink += crypto.encrypt(id).length();
            sink += crypto.encrypt(phone).length();
            sink += crypto.blindIndex("phone\u001f" + phone).length();
        }
        return sink;
    }
}
