package org.yiwang.bench;

import java.nio.file.Files;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.internal.StandaloneCrypto;

/**
 * The crypto work of one imported person (two SM4-GCM encryptions, three HMAC-SM3 digests: ID-number index, content
 * digest, phone index), timed on one thread in six rounds of 200,000; a plain main, so that two builds of the crypto
 * module can be compared in turns on the same machine:
 *
 * <pre>
 * ./mvnw -Pbench -DskipTests test-compile
 * java -cp target/test-classes:BUILD_CLASSES:DEPENDENCIES org.yiwang.bench.CryptoRow
 * </pre>
 */
public final class CryptoRow {

    private CryptoRow() {
    }

    public static void main(String[] args) throws Exception {
        CryptoService crypto = StandaloneCrypto.inDirectory(Files.createTempDirectory("cryptorow"));
        String canonical = "person/1\u001eidNumber\u001f330106198503121012\u001ename\u001f张三\u001eethnicity\u001f01"
                + "\u001ehouseholdDivision\u001f330106\u001ehouseholdAddress\u001f浙江省杭州市西湖区文三路 90 号 东部软件园"
                + "\u001ecurrentAddress\u001f浙江省杭州市西湖区古墩路 1 号\u001ephone\u001f13800138000\u001emaritalStatus\u001f20"
                + "\u001estatus\u001fLIVING";
        long sink = 0;
        for (int round = 0; round < 6; round++) {
            int n = 200_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += crypto.blindIndex("33010619850312" + (1000 + i % 9000)).length();
                sink += crypto.encrypt("33010619850312101" + (i % 10)).length();
                sink += crypto.encrypt("1380013" + (1000 + i % 9000)).length();
                sink += crypto.blindIndex(canonical + i).length();
                sink += crypto.blindIndex("phone\u001f1380013" + (1000 + i % 9000)).length();
            }
            double us = (System.nanoTime() - start) / 1e3 / n;
            System.out.printf("round %d: %.2f us per row (%.0f rows/s on one thread)%n", round, us, 1e6 / us);
        }
        System.out.println(sink > 0 ? "" : "?");
    }
}
