package org.yiwang.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiwang.crypto.CryptoService;

/** SM3 against the examples of GM/T 0004-2012, appendix A. */
class Sm3Test {

    private static final String ABC_DIGEST = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";
    private static final String ABCD_X16_DIGEST = "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732";

    @TempDir
    static Path keys;

    static CryptoService crypto;

    @BeforeAll
    static void openService() {
        crypto = StandaloneCrypto.inDirectory(keys);
    }

    @Test
    void hashes_abc_to_the_first_example_of_the_standard() {
        assertThat(crypto.sm3Hex(ascii("abc"))).isEqualTo(ABC_DIGEST);
        assertThat(crypto.sm3(ascii("abc"))).isEqualTo(HexFormat.of().parseHex(ABC_DIGEST));
    }

    @Test
    void hashes_sixty_four_bytes_of_abcd_to_the_second_example_of_the_standard() {
        byte[] message = ascii("abcd".repeat(16));
        assertThat(message).hasSize(64);
        assertThat(crypto.sm3Hex(message)).isEqualTo(ABCD_X16_DIGEST);
    }

    @Test
    void digest_is_thirty_two_bytes_and_hex_is_lowercase() {
        assertThat(crypto.sm3(new byte[0])).hasSize(32);
        assertThat(crypto.sm3Hex("一网通办".repeat(100).getBytes(StandardCharsets.UTF_8))).matches("[0-9a-f]{64}");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
