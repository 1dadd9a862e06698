package org.yiwang.crypto.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform's keys live. The keystore (BouncyCastle BCFKS) holds the SM2 signing keys, the SM4
 * field-encryption keys and the HMAC-SM3 blind-index key. Its password comes from configuration
 * ({@code YIWANG_CRYPTO_KEYSTORE_PASSWORD}); for the embedded default a keystore and a password file are
 * generated on first start.
 */
@ConfigurationProperties("yiwang.crypto")
public record CryptoProperties(Keystore keystore) {

    public CryptoProperties {
        if (keystore == null) {
            keystore = new Keystore(null, null, true);
        }
    }

    public record Keystore(Path path, String password, Boolean generateIfMissing) {
        public Keystore {
            path = path == null ? Path.of("./data/keys/yiwang.bcfks") : path;
            generateIfMissing = generateIfMissing == null || generateIfMissing;
        }
    }
}
