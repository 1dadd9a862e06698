package org.yiwang.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiwang.crypto.CryptoService;

class BlindIndexTest {

    @TempDir
    static Path keys;

    @TempDir
    static Path otherKeys;

    static CryptoService crypto;
    static CryptoService otherPlatform;

    @BeforeAll
    static void openServices() {
        crypto = StandaloneCrypto.inDirectory(keys);
        otherPlatform = StandaloneCrypto.inDirectory(otherKeys);
    }

    @Test
    void same_value_gives_the_same_index() {
        assertThat(crypto.blindIndex("11010519491231002X")).isEqualTo(crypto.blindIndex("11010519491231002X"));
    }

    @Test
    void index_is_an_hmac_sm3_in_hex_not_the_plain_hash() {
        String index = crypto.blindIndex("11010519491231002X");
        assertThat(index).matches("[0-9a-f]{64}");
        assertThat(index).isNotEqualTo(crypto.sm3Hex("11010519491231002X".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void different_values_give_different_indexes() {
        assertThat(crypto.blindIndex("11010519491231002X")).isNotEqualTo(crypto.blindIndex("110105194912310021"));
        assertThat(crypto.blindIndex("张三")).isNotEqualTo(crypto.blindIndex("张四"));
        assertThat(crypto.blindIndex("")).isNotEqualTo(crypto.blindIndex(" "));
    }

    @Test
    void another_key_gives_another_index() {
        assertThat(crypto.blindIndex("11010519491231002X")).isNotEqualTo(otherPlatform.blindIndex("11010519491231002X"));
    }

    @Test
    void index_is_stable_across_threads() throws InterruptedException {
        String expected = crypto.blindIndex("91350100M000100Y43");
        String[] seen = new String[1];
        Thread other = new Thread(() -> seen[0] = crypto.blindIndex("91350100M000100Y43"));
        other.start();
        other.join();
        assertThat(seen[0]).isEqualTo(expected);
    }
}
