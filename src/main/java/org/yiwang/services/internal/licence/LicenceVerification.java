package org.yiwang.services.internal.licence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileStore;
import org.yiwang.crypto.CryptoException;
import org.yiwang.crypto.CryptoService;

/**
 * Checks a sealed result from scratch each time: reads the PDF back from the file store and hashes it, and
 * verifies the department's SM2 signature over the seal statement with the department's certificate. Nothing
 * stored as "verified" is trusted.
 */
@Service
class LicenceVerification {

    private final LicenceRepository licences;
    private final FileStore files;
    private final CryptoService crypto;
    private final Clock clock;

    LicenceVerification(LicenceRepository licences, FileStore files, CryptoService crypto, Clock clock) {
        this.licences = licences;
        this.files = files;
        this.crypto = crypto;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Verification verify(String number) {
        String wanted = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            throw RuleViolationException.of("number", "licence.number.required");
        }
        LicenceRow licence = licences.byNumber(wanted).orElseThrow(() -> new RuleViolationException(
                HttpStatus.NOT_FOUND, List.of(RuleViolation.of("number", "licence.not-found", wanted))));
        return verify(licence);
    }

    /** Finds the results whose PDF is exactly the uploaded file, and verifies each. */
    @Transactional(readOnly = true)
    List<Verification> verifyDocument(byte[] pdf) {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(pdf, 0, pdf.length);
        byte[] hash = new byte[sm3.getDigestSize()];
        sm3.doFinal(hash, 0);
        return licences.byDigest(java.util.HexFormat.of().formatHex(hash)).stream().map(this::verify).toList();
    }

    Verification verify(LicenceRow licence) {
        boolean unchanged = storedDigest(licence.documentDigest()).map(licence.documentDigest()::equals).orElse(false);
        boolean sealValid = sealValid(licence);
        String status = licence.revoked() ? "REVOKED"
                : licence.validUntil() != null && licence.validUntil().isBefore(LocalDate.now(clock.withZone(
                        LicenceIssuance.ZONE))) ? "EXPIRED" : "VALID";
        return new Verification(licence.number(), unchanged && sealValid, sealValid, unchanged, licence.kind(),
                licence.title(), licence.itemName(), maskName(licence.holderName()), licence.holderIdentifierMasked(),
                licence.departmentName(), licence.issuedAt(), licence.validUntil(), status, licence.revokedAt(),
                licence.revokedReason(), licence.sealKeyId(), licence.documentDigest());
    }

    private boolean sealValid(LicenceRow licence) {
        try {
            X509Certificate certificate = crypto.certificate(licence.sealKeyId());
            byte[] signature = java.util.Base64.getDecoder().decode(licence.sealSignature());
            return crypto.verify(licence.statement().bytes(), signature, certificate.getPublicKey());
        } catch (CryptoException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The SM3 digest of what the store holds now under the licence's address, or empty when it is gone. */
    private Optional<String> storedDigest(String address) {
        Optional<InputStream> stored = files.open(address);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stored.get()) {
            SM3Digest sm3 = new SM3Digest();
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sm3.update(buffer, 0, read);
            }
            byte[] hash = new byte[sm3.getDigestSize()];
            sm3.doFinal(hash, 0);
            return Optional.of(java.util.HexFormat.of().formatHex(hash));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + address, e);
        }
    }

    /** 张三 → 张*, 欧阳明华 → 欧**华, 杭州一网示范科技有限公司 → 杭州********公司: enough to recognise, not to harvest. */
    static String maskName(String name) {
        int[] cps = name.codePoints().toArray();
        int n = cps.length;
        if (n <= 1) {
            return name;
        }
        StringBuilder masked = new StringBuilder();
        int keepHead = n <= 6 ? 1 : 2;
        int keepTail = n <= 3 ? 0 : n <= 6 ? 1 : 2;
        for (int i = 0; i < n; i++) {
            if (i < keepHead || i >= n - keepTail) {
                masked.appendCodePoint(cps[i]);
            } else {
                masked.append('*');
            }
        }
        return masked.toString();
    }
}
