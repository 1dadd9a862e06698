package org.yiwang.crypto;

import java.security.PublicKey;
import java.security.cert.X509Certificate;

/**
 * The platform's one cryptographic service (GM/T algorithms through BouncyCastle): SM3 hashes, SM4-GCM
 * field encryption with rotating keys, HMAC-SM3 blind indexes for exact lookup of encrypted values, and
 * SM2 signatures with keys from the platform keystore. Other modules never touch keys themselves.
 */
public interface CryptoService {

    /** SM3 digest (32 bytes). */
    byte[] sm3(byte[] data);

    /** SM3 digest as 64 lowercase hex characters. */
    String sm3Hex(byte[] data);

    /**
     * A keyed HMAC-SM3 of a value, as hex: equal inputs give equal indexes, so an encrypted column can be
     * found by exact value without decrypting, while the index reveals nothing without the key.
     */
    String blindIndex(String value);

    /** Encrypts a field with the current SM4 key in GCM mode; the result names the key and carries the IV. */
    String encrypt(String plaintext);

    /** Decrypts what {@link #encrypt} produced, with whichever key made it; tampering is detected. */
    String decrypt(String ciphertext);

    /** Signs with the platform's SM2 key. */
    Sm2Signature sign(byte[] data);

    /** Signs with a named SM2 key (e.g. a department's seal key). */
    Sm2Signature sign(String keyId, byte[] data);

    /** Verifies a signature made by one of the platform's keys. */
    boolean verify(byte[] data, Sm2Signature signature);

    /** Verifies an SM2 signature with any public key. */
    boolean verify(byte[] data, byte[] signature, PublicKey publicKey);

    /** Creates a signing key if the keystore lacks it (e.g. a new department's seal); returns its certificate. */
    X509Certificate ensureSigningKey(String keyId, String subject);

    /** The self-signed certificate of a signing key, for anyone who wants to verify its signatures. */
    X509Certificate certificate(String keyId);

    /** The public key of a signing key in PEM, e.g. for OpenSSL. */
    String publicKeyPem(String keyId);

    /** The key id of the platform signing key. */
    String platformKeyId();
}
