package org.yiwang.services.internal.licence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileStore;

/** The applicant's own licences and decisions, and their PDFs. Another applicant's result is simply not found. */
@Service
class MyResults {

    /** One result in the applicant's list. */
    record Entry(String number, ResultKind kind, String title, String itemName, String applicationNumber,
            String issuer, Instant issuedAt, LocalDate validUntil, boolean revoked) {
    }

    /** A PDF to hand out, named after its number. */
    record Pdf(String fileName, byte[] content) {
    }

    private final LicenceRepository licences;
    private final FileStore files;
    private final AuditTrail audit;

    MyResults(LicenceRepository licences, FileStore files, AuditTrail audit) {
        this.licences = licences;
        this.files = files;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Entry> of(long accountId) {
        return licences.ofApplicant(accountId).stream().map(l -> new Entry(l.number(), l.kind(), l.title(),
                l.itemName(), l.applicationNumber(), l.departmentName(), l.issuedAt(), l.validUntil(), l.revoked()))
                .toList();
    }

    @Transactional
    Pdf download(long accountId, String number) {
        LicenceRow licence = licences.byNumber(number).filter(l -> l.applicantAccountId() == accountId)
                .orElseThrow(() -> new RuleViolationException(HttpStatus.NOT_FOUND,
                        List.of(RuleViolation.of("number", "licence.not-found", number))));
        try (InputStream in = files.open(licence.documentDigest()).orElseThrow(
                () -> new IllegalStateException("The document of " + number + " is missing from the file store"))) {
            byte[] content = in.readAllBytes();
            audit.record("services.licence.download", "licence:" + number, AuditOutcome.SUCCESS, null);
            return new Pdf(number + ".pdf", content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document of " + number, e);
        }
    }
}
