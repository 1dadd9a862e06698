package org.yiwang.crypto;

/** A cryptographic operation could not be done: a missing key, a tampered ciphertext, a broken keystore. */
public class CryptoException extends RuntimeException {

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }

    public CryptoException(String message) {
        super(message);
    }
}
