package org.yiwang.services;

import java.time.Instant;

/**
 * A sealed result was issued for an application: an electronic licence (电子证照) when approved, a decision
 * with reasons when refused. Anyone can verify it at {@code /licences/verify?number=...}.
 *
 * @param title what the document is called: the licence type (营业执照), 不予许可决定书 or 不予受理决定书
 */
public record LicenceIssued(String applicationNumber, String licenceNumber, boolean refusal,
        long applicantAccountId, Instant issuedAt, String title) {
}
