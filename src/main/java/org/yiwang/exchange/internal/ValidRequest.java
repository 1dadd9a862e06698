package org.yiwang.exchange.internal;

import java.security.PublicKey;
import java.time.LocalDate;
import java.util.List;
import org.yiwang.catalog.CatalogResource;
import org.yiwang.catalog.ShareMethod;

/** An access request that keeps every rule, with the resource as it stood when it was asked for. */
record ValidRequest(CatalogResource resource, long consumerDepartmentId, List<String> items, String purpose,
        String legalBasis, ShareMethod method, LocalDate validFrom, LocalDate validUntil, int expectedVolume,
        String callbackUrl, String consumerKeyPem, PublicKey consumerKey) {

    ValidRequest {
        items = List.copyOf(items);
    }
}
