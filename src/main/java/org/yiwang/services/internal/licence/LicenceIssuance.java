package org.yiwang.services.internal.licence;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.files.FileRules;
import org.yiwang.common.files.FileStore;
import org.yiwang.common.files.StoredFile;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.Sm2Signature;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.services.ApplicationDecided;
import org.yiwang.services.LicenceIssued;

/**
 * Turns a decision into its sealed result: on approval of an item that issues a licence, the electronic licence;
 * on refusal, the decision with reasons. Each is rendered, kept in the file store, sealed with the deciding
 * department's SM2 key and announced with {@link LicenceIssued}, all in one transaction. A decision seen twice
 * (an event republished after a restart) finds its result already there and issues nothing new.
 */
@Component
class LicenceIssuance {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    private final LicenceRepository licences;
    private final ResultDocuments documents;
    private final FileStore files;
    private final CryptoService crypto;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;

    LicenceIssuance(LicenceRepository licences, ResultDocuments documents, FileStore files, CryptoService crypto,
            OrganizationDirectory organization, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            @Value("${yiwang.public-url:http://localhost:8080}") String publicUrl) {
        this.licences = licences;
        this.documents = documents;
        this.files = files;
        this.crypto = crypto;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @ApplicationModuleListener
    void on(ApplicationDecided decided) {
        issue(decided);
    }

    /** The seal key of a department: one per department, created the first time it seals something. */
    static String sealKeyId(Department department) {
        return "seal-" + department.code().toLowerCase(Locale.ROOT);
    }

    /** Issues the result of a decision; empty for an approval of an item without a licence. */
    @Transactional
    Optional<LicenceRow> issue(ApplicationDecided decided) {
        if (decided.approved() && decided.licenceType() == null) {
            return Optional.empty();
        }
        ResultKind kind = decided.approved() ? ResultKind.LICENCE
                : decided.notAccepted() ? ResultKind.NOT_ACCEPTED : ResultKind.REFUSAL;
        Optional<LicenceRow> existing = licences.byApplication(decided.applicationNumber(), kind);
        if (existing.isPresent()) {
            return existing;
        }
        Department department = organization.departmentByCode(decided.deciding()).orElseThrow(
                () -> new IllegalStateException("Unknown deciding department " + decided.deciding() + " of "
                        + decided.applicationNumber()));
        String departmentName = decided.decidingName() == null ? department.name() : decided.decidingName();
        String keyId = sealKeyId(department);
        crypto.ensureSigningKey(keyId, departmentName + " 电子印章");

        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String number = kind.number(department.divisionCode(), issuedAt.atZone(ZONE).getYear(), licences.nextSerial());
        String reasons = kind.decision()
                ? (decided.reasons() == null || decided.reasons().isBlank() ? "未说明理由。" : decided.reasons()) : null;
        byte[] pdf = documents.render(new DocumentContent(kind, number, decided.licenceType(), decided.holderName(),
                decided.holderIdentifierMasked(), decided.itemName(), decided.applicationNumber(),
                decided.licenceFields(), decided.validUntil(), reasons, departmentName,
                issuedAt.atZone(ZONE).toLocalDate(), verifyUrl(number)));
        StoredFile stored = files.store(new ByteArrayInputStream(pdf), FileRules.documents(MAX_DOCUMENT_BYTES), "document");
        SealStatement statement = new SealStatement(number, stored.digest(), keyId, issuedAt);
        Sm2Signature seal = crypto.sign(keyId, statement.bytes());

        LicenceRow row = new LicenceRow(0, number, kind, decided.applicationNumber(), decided.itemCode(),
                decided.itemName(), decided.licenceType(), decided.applicantAccountId(), decided.holderName(),
                decided.holderIdentifierMasked(), department.code(), departmentName, decided.licenceFields(), reasons,
                kind == ResultKind.LICENCE ? decided.validUntil() : null, decided.decidedAt(), issuedAt,
                stored.digest(), stored.size(), keyId, seal.base64(), false, null, null);
        licences.insert(row);
        audit.recordAs("services", kind == ResultKind.LICENCE ? "services.licence.issue" : "services.refusal.issue",
                "licence:" + number, AuditOutcome.SUCCESS,
                "application " + decided.applicationNumber() + ", sealed by " + department.code());
        events.publishEvent(new LicenceIssued(decided.applicationNumber(), number, kind.decision(),
                decided.applicantAccountId(), issuedAt, row.title()));
        return Optional.of(row);
    }

    String verifyUrl(String number) {
        return publicUrl + "/licences/verify?number=" + number;
    }
}
