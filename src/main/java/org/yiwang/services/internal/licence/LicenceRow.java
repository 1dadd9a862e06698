package org.yiwang.services.internal.licence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One sealed result as stored. */
record LicenceRow(long id, String number, ResultKind kind, String applicationNumber, String itemCode, String itemName,
        String licenceType, long applicantAccountId, String holderName, String holderIdentifierMasked,
        String departmentCode, String departmentName, Map<String, String> fields, String reasons, LocalDate validUntil,
        Instant decidedAt, Instant issuedAt, String documentDigest, long documentSize, String sealKeyId,
        String sealSignature, boolean revoked, Instant revokedAt, String revokedReason) {

    SealStatement statement() {
        return new SealStatement(number, documentDigest, sealKeyId, issuedAt);
    }

    /** What the document is called: the licence type, 不予许可决定书 or 不予受理决定书. */
    String title() {
        return kind == ResultKind.LICENCE ? licenceType : kind.decisionTitle();
    }
}
