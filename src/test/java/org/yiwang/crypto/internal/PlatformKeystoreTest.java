package org.yiwang.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiwang.crypto.CryptoException;
import org.yiwang.crypto.CryptoService;

class PlatformKeystoreTest {

    @TempDir
    Path dir;

    @Test
    void generates_keystore_and_owner_only_password_file_on_first_open() throws Exception {
        Path keystore = dir.resolve("keys/yiwang.bcfks");
        CryptoService crypto = StandaloneCrypto.open(StandaloneCrypto.properties(keystore, null, true));

        Path passwordFile = dir.resolve("keys/yiwang.bcfks.password");
        assertThat(keystore).isRegularFile();
        assertThat(passwordFile).isRegularFile();
        assertThat(Files.readString(passwordFile, StandardCharsets.UTF_8).trim()).hasSizeGreaterThanOrEqualTo(32);
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "no POSIX permissions here");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore))).isEqualTo("rw-------");
        assertThat(crypto.certificate(crypto.platformKeyId())).isNotNull();
    }

    @Test
    void writes_no_password_file_when_the_password_is_configured() {
        Path keystore = dir.resolve("yiwang.bcfks");
        StandaloneCrypto.open(StandaloneCrypto.properties(keystore, "configured in the environment", true));
        assertThat(keystore).isRegularFile();
        assertThat(dir.resolve("yiwang.bcfks.password")).doesNotExist();
    }

    @Test
    void reopens_with_the_same_keys() {
        CryptoService first = StandaloneCrypto.inDirectory(dir);
        String ciphertext = first.encrypt("李四 13900139000");
        String index = first.blindIndex("李四");
        String publicKey = first.publicKeyPem(first.platformKeyId());
        var seal = first.ensureSigningKey("seal-civil-affairs", "Civil Affairs Bureau");

        CryptoService reopened = StandaloneCrypto.inDirectory(dir);
        assertThat(reopened.decrypt(ciphertext)).isEqualTo("李四 13900139000");
        assertThat(reopened.blindIndex("李四")).isEqualTo(index);
        assertThat(reopened.publicKeyPem(reopened.platformKeyId())).isEqualTo(publicKey);
        assertThat(reopened.certificate("seal-civil-affairs")).isEqualTo(seal);
        assertThat(reopened.verify(new byte[] {1, 2, 3}, first.sign(new byte[] {1, 2, 3}))).isTrue();
    }

    @Test
    void refuses_to_open_with_a_wrong_configured_password() {
        Path keystore = dir.resolve("yiwang.bcfks");
        StandaloneCrypto.open(StandaloneCrypto.properties(keystore, "the right password", true));

        assertThatThrownBy(() -> StandaloneCrypto.open(StandaloneCrypto.properties(keystore, "a wrong password", true)))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining(keystore.getFileName().toString());
    }

    @Test
    void refuses_to_open_an_existing_keystore_without_any_password() {
        Path keystore = dir.resolve("yiwang.bcfks");
        StandaloneCrypto.open(StandaloneCrypto.properties(keystore, "only in the environment", true));

        assertThatThrownBy(() -> StandaloneCrypto.open(StandaloneCrypto.properties(keystore, null, true)))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining("no password is configured");
    }

    @Test
    void refuses_to_generate_when_generation_is_switched_off() {
        Path keystore = dir.resolve("production/yiwang.bcfks");
        assertThatThrownBy(() -> StandaloneCrypto.open(StandaloneCrypto.properties(keystore, "secret", false)))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining("generate-if-missing is false");
        assertThat(keystore).doesNotExist();
        assertThat(dir.resolve("production")).doesNotExist();
    }

    @Test
    void generates_exactly_one_field_key_one_index_key_and_the_platform_signing_key() {
        Path keystore = dir.resolve("yiwang.bcfks");
        var properties = StandaloneCrypto.properties(keystore, "a password", true);
        StandaloneCrypto.open(properties);
        PlatformKeystore store = PlatformKeystore.open(properties.keystore());
        assertThat(store.fieldKeyNumbers()).containsExactly(1);
        assertThat(store.secret("hmac-index", "HMACSM3").getEncoded()).hasSize(32);
        assertThat(store.secret("sm4-1", "SM4").getEncoded()).hasSize(16);
        assertThat(store.hasSigningKey(PlatformKeystore.PLATFORM_SIGNING)).isTrue();
    }
}
