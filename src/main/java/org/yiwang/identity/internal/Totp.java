package org.yiwang.identity.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 time-based one-time codes (30-second steps, 6 digits, HMAC-SHA1 as every authenticator app
 * expects). A code is accepted one step either side of now to allow for clock drift; the step that
 * matched is returned so that the caller can refuse to accept it a second time.
 */
@Component
class Totp {

    static final int PERIOD = 30;
    static final String ISSUER = "Yiwang";

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final Clock clock;

    Totp(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        return secrets.generate();
    }

    OptionalLong matchingStep(String secret, String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD;
        for (long step = now - 1; step <= now + 1; step++) {
            if (code.equals(codeAt(secret, step))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot generate a TOTP code", e);
        }
    }

    String otpauthUri(String secret, String label) {
        return qrData(secret, label).getUri();
    }

    /** The enrolment QR code as a data URI, shown once on the set-up page. */
    String qrDataUri(String secret, String label) {
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            png.setImageSize(240);
            return Utils.getDataUriForImage(png.generate(qrData(secret, label)), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the enrolment QR code", e);
        }
    }

    private QrData qrData(String secret, String label) {
        return new QrData.Builder().label(label).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD).build();
    }
}
