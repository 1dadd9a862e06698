package org.yiwang.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.Sm2Signature;

class Sm2SignatureTest {

    private static final byte[] DOCUMENT = "浙政发〔2026〕1号 关于推进一网通办的通知".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path keys;

    static CryptoService crypto;

    @BeforeAll
    static void openService() {
        crypto = StandaloneCrypto.inDirectory(keys);
        crypto.ensureSigningKey("seal-finance", "Finance Department");
    }

    @Test
    void verifies_its_own_signature() {
        Sm2Signature signature = crypto.sign(DOCUMENT);
        assertThat(signature.keyId()).isEqualTo(crypto.platformKeyId());
        assertThat(crypto.verify(DOCUMENT, signature)).isTrue();
        assertThat(crypto.verify(DOCUMENT, signature.value(), crypto.certificate(crypto.platformKeyId()).getPublicKey()))
                .isTrue();
    }

    @Test
    void signatures_are_randomised_yet_all_verify() {
        Sm2Signature first = crypto.sign(DOCUMENT);
        Sm2Signature second = crypto.sign(DOCUMENT);
        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(crypto.verify(DOCUMENT, second)).isTrue();
    }

    @Test
    void rejects_altered_data() {
        Sm2Signature signature = crypto.sign(DOCUMENT);
        byte[] altered = DOCUMENT.clone();
        altered[altered.length - 1] ^= 0x01;
        assertThat(crypto.verify(altered, signature)).isFalse();
    }

    @Test
    void rejects_an_altered_signature() {
        Sm2Signature signature = crypto.sign(DOCUMENT);
        byte[] value = signature.value().clone();
        value[value.length - 1] ^= 0x01;
        assertThat(crypto.verify(DOCUMENT, new Sm2Signature(signature.keyId(), value))).isFalse();
    }

    @Test
    void rejects_a_signature_checked_against_another_key() {
        Sm2Signature byPlatform = crypto.sign(DOCUMENT);
        assertThat(crypto.verify(DOCUMENT, new Sm2Signature("seal-finance", byPlatform.value()))).isFalse();
        assertThat(crypto.verify(DOCUMENT, byPlatform.value(), crypto.certificate("seal-finance").getPublicKey()))
                .isFalse();
    }

    @Test
    void a_named_key_signs_for_itself() {
        Sm2Signature seal = crypto.sign("seal-finance", DOCUMENT);
        assertThat(seal.keyId()).isEqualTo("seal-finance");
        assertThat(crypto.verify(DOCUMENT, seal)).isTrue();
        assertThat(crypto.verify(DOCUMENT, new Sm2Signature(crypto.platformKeyId(), seal.value()))).isFalse();
    }

    @Test
    void a_malformed_signature_is_refused_and_leaves_the_next_verification_intact() {
        Sm2Signature good = crypto.sign(DOCUMENT);
        assertThat(crypto.verify(DOCUMENT, new Sm2Signature(good.keyId(), new byte[] {0x30, 0x03, 0x02, 0x01}))).isFalse();
        assertThat(crypto.verify(DOCUMENT, new Sm2Signature(good.keyId(), new byte[0]))).isFalse();
        assertThat(crypto.verify(DOCUMENT, good)).isTrue();
    }

    @Test
    void verifies_alternately_for_two_keys_on_one_thread() {
        Sm2Signature byPlatform = crypto.sign(DOCUMENT);
        Sm2Signature bySeal = crypto.sign("seal-finance", DOCUMENT);
        for (int i = 0; i < 3; i++) {
            assertThat(crypto.verify(DOCUMENT, byPlatform)).isTrue();
            assertThat(crypto.verify(DOCUMENT, bySeal)).isTrue();
            assertThat(crypto.verify(DOCUMENT, new Sm2Signature("seal-finance", byPlatform.value()))).isFalse();
        }
    }

    @Test
    void rejects_a_signature_naming_an_unknown_key() {
        Sm2Signature signature = crypto.sign(DOCUMENT);
        assertThat(crypto.verify(DOCUMENT, new Sm2Signature("nobody", signature.value()))).isFalse();
    }

    @Test
    void survives_a_base64_round_trip() {
        Sm2Signature signature = crypto.sign(DOCUMENT);
        Sm2Signature decoded = Sm2Signature.ofBase64(signature.keyId(), signature.base64());
        assertThat(crypto.verify(DOCUMENT, decoded)).isTrue();
    }

    @Test
    void certificate_is_self_signed_with_sm3_and_sm2() throws Exception {
        var certificate = crypto.certificate("seal-finance");
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=Finance Department");
        certificate.verify(certificate.getPublicKey(), BouncyCastle.PROVIDER);
        assertThat(certificate.getSigAlgName()).containsIgnoringCase("SM3").containsIgnoringCase("SM2");
    }

    @Test
    void publishes_the_public_key_in_pem() {
        assertThat(crypto.publicKeyPem(crypto.platformKeyId()))
                .startsWith("-----BEGIN PUBLIC KEY-----")
                .contains("-----END PUBLIC KEY-----");
    }
}
