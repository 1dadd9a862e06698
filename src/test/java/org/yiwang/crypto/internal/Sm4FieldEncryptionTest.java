package org.yiwang.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yiwang.crypto.CryptoException;
import org.yiwang.crypto.CryptoService;

class Sm4FieldEncryptionTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] STANDARD_KEY = HEX.parseHex("0123456789abcdeffedcba9876543210");

    @TempDir
    static Path keys;

    static CryptoService crypto;

    @BeforeAll
    static void openService() {
        crypto = StandaloneCrypto.inDirectory(keys);
    }

    /** GM/T 0002-2012 appendix A, example 1: key and plaintext are the same block. */
    @Test
    void block_cipher_matches_the_standard_example() {
        byte[] block = STANDARD_KEY.clone();
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(STANDARD_KEY));
        engine.processBlock(block, 0, block, 0);
        assertThat(HEX.formatHex(block)).isEqualTo("681edf34d206965e86b3e94f536e4246");

        engine.init(false, new KeyParameter(STANDARD_KEY));
        engine.processBlock(block, 0, block, 0);
        assertThat(block).isEqualTo(STANDARD_KEY);
    }

    /** GM/T 0002-2012 appendix A, example 2: the same block encrypted a million times. */
    @Test
    void block_cipher_matches_the_standard_million_round_example() {
        byte[] block = STANDARD_KEY.clone();
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(STANDARD_KEY));
        for (int i = 0; i < 1_000_000; i++) {
            engine.processBlock(block, 0, block, 0);
        }
        assertThat(HEX.formatHex(block)).isEqualTo("595298c7c6fd271f0402f804c33d3f66");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "11010519491231002X", "张三丰", "浙江省杭州市西湖区文三路 90 号 东部软件园 1 号楼"})
    void decrypts_what_it_encrypted(String value) {
        assertThat(crypto.decrypt(crypto.encrypt(value))).isEqualTo(value);
    }

    @Test
    void decrypts_a_long_chinese_text() {
        String text = "前台一口受理，后台协同办理。".repeat(500);
        assertThat(crypto.decrypt(crypto.encrypt(text))).isEqualTo(text);
    }

    @Test
    void encrypting_the_same_value_twice_gives_different_ciphertexts() {
        String first = crypto.encrypt("11010519491231002X");
        String second = crypto.encrypt("11010519491231002X");
        assertThat(first).isNotEqualTo(second);
        assertThat(iv(first)).isNotEqualTo(iv(second));
    }

    @Test
    void detects_any_flipped_byte() {
        byte[] bytes = Base64.getDecoder().decode(crypto.encrypt("13800138000"));
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;
            String forged = Base64.getEncoder().encodeToString(altered);
            assertThatThrownBy(() -> crypto.decrypt(forged))
                    .as("byte %d flipped", i)
                    .isInstanceOf(CryptoException.class);
        }
        assertThat(crypto.decrypt(Base64.getEncoder().encodeToString(bytes))).isEqualTo("13800138000");
    }

    @Test
    void names_the_alteration_when_the_ciphertext_body_changed() {
        byte[] bytes = Base64.getDecoder().decode(crypto.encrypt("13800138000"));
        bytes[bytes.length - 1] ^= (byte) 0x80;
        String forged = Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> crypto.decrypt(forged))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refuses_a_truncated_ciphertext() {
        byte[] bytes = Base64.getDecoder().decode(crypto.encrypt("13800138000"));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(truncated)))
                .isInstanceOf(CryptoException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64 at all!", "aGVsbG8=", "AQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", "11010519491231002X"})
    void refuses_garbage(String garbage) {
        assertThatThrownBy(() -> crypto.decrypt(garbage)).isInstanceOf(CryptoException.class);
    }

    @Test
    void refuses_random_bytes_of_a_plausible_length() {
        byte[] noise = new byte[64];
        new SecureRandom().nextBytes(noise);
        noise[0] = 1;
        noise[1] = 1;
        assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(noise)))
                .isInstanceOf(CryptoException.class);
    }

    @Test
    void decrypts_values_of_an_older_key_after_a_new_key_is_added(@TempDir Path dir) throws Exception {
        var properties = StandaloneCrypto.properties(dir.resolve("rotating.bcfks"), "rotation test password", true);
        CryptoService before = StandaloneCrypto.open(properties);
        String old = before.encrypt("身份证号 330106199001011234");
        assertThat(keyNumber(old)).isEqualTo(1);

        PlatformKeystore keystore = PlatformKeystore.open(properties.keystore());
        byte[] newKey = new byte[16];
        new SecureRandom().nextBytes(newKey);
        keystore.putSecret("sm4-2", newKey);
        keystore.save();

        CryptoService after = StandaloneCrypto.open(properties);
        assertThat(after.decrypt(old)).isEqualTo("身份证号 330106199001011234");
        String fresh = after.encrypt("身份证号 330106199001011234");
        assertThat(keyNumber(fresh)).isEqualTo(2);
        assertThat(after.decrypt(fresh)).isEqualTo("身份证号 330106199001011234");
        for (int i = 0; i < 3; i++) {
            assertThat(after.decrypt(old)).isEqualTo(after.decrypt(fresh));
        }
        assertThatThrownBy(() -> before.decrypt(fresh))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining("sm4-2");
    }

    /**
     * The field format did not change when the service moved from the JCA cipher to BouncyCastle's own GCM: a value
     * sealed the former way (JCA "SM4/GCM/NoPadding", header as associated data) opens, and the reverse.
     */
    @Test
    void reads_ciphertexts_of_the_jca_cipher_and_the_jca_cipher_reads_its_ciphertexts(@TempDir Path dir)
            throws Exception {
        var properties = StandaloneCrypto.properties(dir.resolve("jca.bcfks"), "jca interop password", true);
        CryptoService service = StandaloneCrypto.open(properties);
        javax.crypto.SecretKey key = PlatformKeystore.open(properties.keystore()).secret("sm4-1", "SM4");
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        javax.crypto.Cipher jca = javax.crypto.Cipher.getInstance("SM4/GCM/NoPadding", BouncyCastle.PROVIDER);
        jca.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] header = {1, 1};
        jca.updateAAD(header);
        byte[] sealed = jca.doFinal("浙江省杭州市 13800138000".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] field = new byte[2 + 12 + sealed.length];
        System.arraycopy(header, 0, field, 0, 2);
        System.arraycopy(iv, 0, field, 2, 12);
        System.arraycopy(sealed, 0, field, 14, sealed.length);
        assertThat(service.decrypt(Base64.getEncoder().encodeToString(field))).isEqualTo("浙江省杭州市 13800138000");

        byte[] ours = Base64.getDecoder().decode(service.encrypt("11010519491231002X"));
        jca.init(javax.crypto.Cipher.DECRYPT_MODE, key, new javax.crypto.spec.GCMParameterSpec(128, ours, 2, 12));
        jca.updateAAD(ours, 0, 2);
        assertThat(new String(jca.doFinal(ours, 14, ours.length - 14), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("11010519491231002X");
    }

    @Test
    void one_thread_alternating_between_keys_and_directions_keeps_every_value() throws Exception {
        String a = crypto.encrypt("甲");
        String b = crypto.encrypt("乙");
        for (int i = 0; i < 100; i++) {
            String fresh = crypto.encrypt("丙" + i);
            assertThat(crypto.decrypt(a)).isEqualTo("甲");
            assertThat(crypto.decrypt(fresh)).isEqualTo("丙" + i);
            assertThat(crypto.decrypt(b)).isEqualTo("乙");
        }
    }

    private static int keyNumber(String ciphertext) {
        return Base64.getDecoder().decode(ciphertext)[1];
    }

    private static String iv(String ciphertext) {
        return HEX.formatHex(Base64.getDecoder().decode(ciphertext), 2, 14);
    }
}
