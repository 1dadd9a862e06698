package org.yiwang.bench;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** HMAC-SM3 blind index of an 18-character ID number: the service (UTF-8 in, hex out) against a reused HMac. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BlindIndexBenchmark {

    static final String VALUE = "11010519491231002X";

    private final HMac mac = new HMac(new SM3Digest());
    private final byte[] out = new byte[32];
    private String text = VALUE;
    private byte[] bytes;

    @Setup
    public void prepare() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        mac.init(new KeyParameter(key));
        bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public String service(PlatformCrypto platform) {
        return platform.crypto.blindIndex(text);
    }

    @Benchmark
    public byte[] raw() {
        mac.update(bytes, 0, bytes.length);
        mac.doFinal(out, 0);
        return out;
    }
}
