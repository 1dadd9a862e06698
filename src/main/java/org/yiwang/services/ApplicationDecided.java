package org.yiwang.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The departments decided an application: approved (a licence is issued if the item has one) or refused
 * (a decision with reasons is issued). Published by the services module when the process reaches its
 * decision; the licence part of the module listens and publishes {@link LicenceIssued} in turn.
 *
 * @param licenceType the kind of licence the item issues (e.g. {@code 营业执照}); null when it issues none
 * @param holderName the applicant's name (person) or the enterprise's name
 * @param holderIdentifierMasked the applicant's ID number or credit code, masked, as printed on the result
 * @param deciding the code of the department that decided and whose seal goes on the result
 * @param licenceFields what the licence states besides holder and item (e.g. 经营范围, 住所), in order
 * @param validUntil end of validity; null for a licence without an end
 * @param reasons the reasons of a refusal; null when approved
 * @param notAccepted whether the window refused to accept the application (不予受理) rather than the deciding
 *        department refusing it (不予许可); the decision then carries the window's seal
 */
public record ApplicationDecided(String applicationNumber, String itemCode, String itemName, String licenceType,
        boolean approved, long applicantAccountId, String holderName, String holderIdentifierMasked,
        String deciding, String decidingName, Map<String, String> licenceFields, LocalDate validUntil,
        String reasons, Instant decidedAt, boolean notAccepted) {

    /** A decision at the decision step. */
    public ApplicationDecided(String applicationNumber, String itemCode, String itemName, String licenceType,
            boolean approved, long applicantAccountId, String holderName, String holderIdentifierMasked,
            String deciding, String decidingName, Map<String, String> licenceFields, LocalDate validUntil,
            String reasons, Instant decidedAt) {
        this(applicationNumber, itemCode, itemName, licenceType, approved, applicantAccountId, holderName,
                holderIdentifierMasked, deciding, decidingName, licenceFields, validUntil, reasons, decidedAt, false);
    }

    public ApplicationDecided {
        licenceFields = licenceFields == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(licenceFields));
    }
}
