package org.yiwang.crypto.internal;

import java.nio.file.Path;
import org.yiwang.crypto.CryptoService;

/**
 * The crypto service without Spring, on a keystore the caller places, for unit tests and benchmarks.
 * It is built exactly as the platform builds it: from {@link CryptoProperties}, generating the keystore
 * and its password file on first open.
 */
public final class StandaloneCrypto {

    /** File name of the keystore inside a directory given to {@link #inDirectory(Path)}. */
    public static final String KEYSTORE_FILE = "yiwang.bcfks";

    private StandaloneCrypto() {
    }

    /** The service on the keystore in {@code directory}, generated there (with a password file) if absent. */
    public static CryptoService inDirectory(Path directory) {
        return open(properties(directory.resolve(KEYSTORE_FILE), null, true));
    }

    public static CryptoService open(CryptoProperties properties) {
        return new BouncyCastleCryptoService(properties);
    }

    public static CryptoProperties properties(Path keystore, String password, boolean generateIfMissing) {
        return new CryptoProperties(new CryptoProperties.Keystore(keystore, password, generateIfMissing));
    }
}
