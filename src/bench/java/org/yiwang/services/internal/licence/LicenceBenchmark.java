package org.yiwang.services.internal.licence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.Sm2Signature;
import org.yiwang.crypto.internal.StandaloneCrypto;

/**
 * What one licence costs apart from the database: rendering the PDF with the Noto Sans CJK outlines and a QR
 * code, sealing it (SM3 of the PDF + SM2 signature of the seal statement), and verifying it (SM3 + SM2 verify).
 * The baseline is a bare SM2 signature of the same statement through the same service, the floor of any seal.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LicenceBenchmark {

    static final String KEY = "seal-bench";

    private Path keys;
    private CryptoService crypto;
    private CjkFont font;
    private ResultDocument renderer;
    private DocumentContent content;
    private byte[] pdf;
    private byte[] statement;
    private Sm2Signature seal;
    private PublicKey publicKey;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        keys = Files.createTempDirectory("yiwang-bench-keys-");
        crypto = StandaloneCrypto.inDirectory(keys);
        publicKey = crypto.ensureSigningKey(KEY, "杭州市西湖区市场监督管理局 电子印章").getPublicKey();
        font = CjkFont.load(CjkFont.DEFAULT_FILE);
        renderer = new ResultDocument(font);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("类型", "有限责任公司（自然人投资或控股）");
        fields.put("法定代表人", "张三");
        fields.put("住所", "浙江省杭州市西湖区文三路 100 号 8 层");
        fields.put("经营范围", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务。");
        content = new DocumentContent(ResultKind.LICENCE, "ZZ330106202600000042", "营业执照", "杭州一网示范科技有限公司",
                "91330106MA2H******", "企业设立登记", "XH20260315000123", fields, null, null,
                "杭州市西湖区市场监督管理局", LocalDate.of(2026, 3, 16),
                "http://localhost:8080/licences/verify?number=ZZ330106202600000042");
        pdf = renderer.render(content);
        statement = new SealStatement(content.number(), sm3Hex(pdf), KEY, Instant.parse("2026-03-16T02:30:00Z")).bytes();
        seal = crypto.sign(KEY, statement);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        font.close();
        try (Stream<Path> files = Files.walk(keys)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    public byte[] render() {
        return renderer.render(content);
    }

    @Benchmark
    public Sm2Signature seal() {
        SealStatement s = new SealStatement(content.number(), sm3Hex(pdf), KEY, Instant.parse("2026-03-16T02:30:00Z"));
        return crypto.sign(KEY, s.bytes());
    }

    @Benchmark
    public boolean verify() {
        return sm3Hex(pdf).length() == 64 && crypto.verify(statement, seal.value(), publicKey);
    }

    @Benchmark
    public Sm2Signature baselineSign() {
        return crypto.sign(KEY, statement);
    }

    @Benchmark
    public boolean baselineVerify() {
        return crypto.verify(statement, seal.value(), publicKey);
    }

    private static String sm3Hex(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return java.util.HexFormat.of().formatHex(out);
    }
}
