package org.yiwang.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** SM3 of a short value (an ID, a chain link) and of 1 KiB, through the service and with a reused SM3Digest. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Sm3Benchmark {

    @Param({"32", "1024"})
    int bytes;

    private byte[] data;
    private final SM3Digest digest = new SM3Digest();
    private final byte[] out = new byte[32];

    @Setup
    public void data() {
        data = new byte[bytes];
        new Random(2026).nextBytes(data);
    }

    @Benchmark
    public byte[] service(PlatformCrypto platform) {
        return platform.crypto.sm3(data);
    }

    @Benchmark
    public byte[] raw() {
        digest.update(data, 0, data.length);
        digest.doFinal(out, 0);
        return out;
    }
}
