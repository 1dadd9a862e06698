package org.yiwang.services.internal.licence;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a licence or a refusal decision states, as printed.
 *
 * @param title the kind of licence (e.g. 营业执照); ignored for a refusal
 * @param fields what the licence states besides holder and item, in order
 * @param validUntil the end of validity of a licence; null for one without an end
 * @param reasons the reasons of a refusal
 * @param verifyUrl what the QR code holds: the public verification page of this result
 */
record DocumentContent(ResultKind kind, String number, String title, String holderName, String holderIdentifierMasked,
        String itemName, String applicationNumber, Map<String, String> fields, LocalDate validUntil, String reasons,
        String departmentName, LocalDate issuedOn, String verifyUrl) {
}
