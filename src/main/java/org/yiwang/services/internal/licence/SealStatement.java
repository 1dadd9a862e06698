package org.yiwang.services.internal.licence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What the department's seal signs (the GB/T 38540 idea: seal + document digest + signature): the result's
 * number, the SM3 digest of its PDF, the key that seals it and the moment of issue, as fixed UTF-8 lines.
 * Changing any of them, or a byte of the PDF, breaks the seal; anyone holding the department's certificate
 * can check it, e.g. with {@code openssl dgst -sm3 -verify}.
 */
record SealStatement(String number, String documentDigest, String keyId, Instant issuedAt) {

    byte[] bytes() {
        return ("YIWANG-SEAL/1\nnumber=" + number + "\ndigest=" + documentDigest + "\nkey=" + keyId
                + "\nissued=" + issuedAt + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
