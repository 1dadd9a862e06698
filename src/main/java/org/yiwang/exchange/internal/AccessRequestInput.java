package org.yiwang.exchange.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a consumer department asks for, as typed: checked by {@link AccessRequestRules}.
 *
 * @param items the data item keys wanted; all of them must be items of the resource
 * @param method {@code API} or {@code SUBSCRIPTION}
 * @param expectedVolume records per day the consumer expects to read
 * @param callbackUrl where subscription messages go (subscriptions only)
 * @param consumerKeyPem the consumer's SM2 public key; when given, every gateway request must be signed with it
 */
record AccessRequestInput(String resourceCode, List<String> items, String purpose, String legalBasis, String method,
        LocalDate validFrom, LocalDate validUntil, Integer expectedVolume, String callbackUrl, String consumerKeyPem) {
}
