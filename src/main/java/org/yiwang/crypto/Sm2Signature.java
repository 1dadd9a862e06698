package org.yiwang.crypto;

import java.util.Base64;

/** An SM2 signature over the SM3 digest of some data (DER-encoded, default user ID), and the key that made it. */
public record Sm2Signature(String keyId, byte[] value) {

    public static final String ALGORITHM = "SM3withSM2";

    public String base64() {
        return Base64.getEncoder().encodeToString(value);
    }

    public static Sm2Signature ofBase64(String keyId, String base64) {
        return new Sm2Signature(keyId, Base64.getDecoder().decode(base64));
    }
}
