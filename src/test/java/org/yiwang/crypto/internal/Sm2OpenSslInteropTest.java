package org.yiwang.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.Sm2Signature;
import org.yiwang.support.OpenSslSm2;

/** OpenSSL, an implementation independent of BouncyCastle, agrees with the platform's SM2 signatures. */
class Sm2OpenSslInteropTest {

    private static final byte[] DATA = "电子证照 营业执照 91330106MA27XXXX1A 签章数据".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path keys;

    @TempDir
    Path work;

    static CryptoService crypto;

    @BeforeAll
    static void openService() {
        assumeTrue(OpenSslSm2.available(), "openssl is not on the PATH");
        crypto = StandaloneCrypto.inDirectory(keys);
    }

    @Test
    void openssl_verifies_a_platform_signature() {
        Sm2Signature signature = crypto.sign(DATA);
        var verification = OpenSslSm2.verify(work, DATA, signature.value(), crypto.publicKeyPem(signature.keyId()));
        assertThat(verification.verified()).as(verification.output()).isTrue();
    }

    @Test
    void openssl_verifies_a_signature_of_a_named_seal_key() {
        crypto.ensureSigningKey("seal-market-regulation", "Market Regulation Bureau");
        Sm2Signature seal = crypto.sign("seal-market-regulation", DATA);
        var verification = OpenSslSm2.verify(work, DATA, seal.value(), crypto.publicKeyPem("seal-market-regulation"));
        assertThat(verification.verified()).as(verification.output()).isTrue();
    }

    @Test
    void openssl_rejects_a_platform_signature_over_altered_data() {
        Sm2Signature signature = crypto.sign(DATA);
        byte[] altered = DATA.clone();
        altered[0] ^= 0x01;
        var verification = OpenSslSm2.verify(work, altered, signature.value(), crypto.publicKeyPem(signature.keyId()));
        assertThat(verification.verified()).isFalse();
        assertThat(verification.output()).contains("Verification failure");
    }

    @Test
    void openssl_rejects_a_platform_signature_checked_against_another_key() {
        crypto.ensureSigningKey("seal-other", "Other Bureau");
        Sm2Signature signature = crypto.sign(DATA);
        var verification = OpenSslSm2.verify(work, DATA, signature.value(), crypto.publicKeyPem("seal-other"));
        assertThat(verification.verified()).isFalse();
    }

    @Test
    void platform_verifies_an_openssl_signature() {
        var signed = OpenSslSm2.sign(work, DATA);
        assertThat(crypto.verify(DATA, signed.signature(), signed.publicKey())).isTrue();
        byte[] altered = DATA.clone();
        altered[altered.length - 1] ^= 0x01;
        assertThat(crypto.verify(altered, signed.signature(), signed.publicKey())).isFalse();
    }
}
