package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.Sm2Signature;

class PersonCodecTest {

    /** Stands in for the platform's keys: reversible, and visibly not the clear text. */
    static final class FakeCrypto implements CryptoService {
        @Override public byte[] sm3(byte[] data) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(data);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        @Override public String sm3Hex(byte[] data) { return HexFormat.of().formatHex(sm3(data)); }
        @Override public String blindIndex(String value) { return sm3Hex(("key:" + value).getBytes(StandardCharsets.UTF_8)); }
        @Override public String encrypt(String plaintext) {
            return "k1:" + Base64.getEncoder().encodeToString(new StringBuilder(plaintext).reverse().toString().getBytes(StandardCharsets.UTF_8));
        }
        @Override public String decrypt(String ciphertext) {
            return new StringBuilder(new String(Base64.getDecoder().decode(ciphertext.substring(3)), StandardCharsets.UTF_8)).reverse().toString();
        }
        @Override public Sm2Signature sign(byte[] data) { throw new UnsupportedOperationException(); }
        @Override public Sm2Signature sign(String keyId, byte[] data) { throw new UnsupportedOperationException(); }
        @Override public boolean verify(byte[] data, Sm2Signature signature) { throw new UnsupportedOperationException(); }
        @Override public boolean verify(byte[] data, byte[] signature, PublicKey publicKey) { throw new UnsupportedOperationException(); }
        @Override public X509Certificate ensureSigningKey(String keyId, String subject) { throw new UnsupportedOperationException(); }
        @Override public X509Certificate certificate(String keyId) { throw new UnsupportedOperationException(); }
        @Override public String publicKeyPem(String keyId) { throw new UnsupportedOperationException(); }
        @Override public String platformKeyId() { return "test"; }
    }

    final PersonCodec codec = new PersonCodec(new FakeCrypto());
    final PersonRecord person = new PersonRules(PersonRulesTest.DIVISIONS).validate(PersonRulesTest.person(PersonRulesTest.MAN));

    @Test
    void stores_id_number_and_phone_only_encrypted_and_finds_the_person_by_blind_index() {
        StoredPerson stored = codec.encode(person);
        assertThat(stored.idNumberEnc()).doesNotContain(PersonRulesTest.MAN);
        assertThat(stored.phoneEnc()).doesNotContain("13800001234");
        assertThat(stored.idNumberIndex()).hasSize(64).isEqualTo(codec.index(person.idNumber()));
        assertThat(stored.idNumberIndex()).doesNotContain(PersonRulesTest.MAN);
    }

    @Test
    void stores_sex_and_birth_date_derived_from_the_id_number() {
        StoredPerson stored = codec.encode(person);
        assertThat(stored.sex()).isEqualTo("MALE");
        assertThat(stored.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(stored.ethnicity()).isEqualTo("01");
        assertThat(stored.maritalStatus()).isEqualTo("20");
    }

    @Test
    void decodes_what_it_encoded() {
        assertThat(codec.decode(codec.encode(person))).isEqualTo(person);
    }
}
