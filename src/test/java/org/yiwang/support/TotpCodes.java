package org.yiwang.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;

/** What an authenticator app would show, computed independently of the platform's verifier. */
public final class TotpCodes {

    private TotpCodes() {
    }

    /** The code for the current 30-second step plus {@code offset} steps (the platform accepts -1..+1). */
    public static String code(String secret, int offset) {
        long step = Instant.now().getEpochSecond() / 30 + offset;
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
