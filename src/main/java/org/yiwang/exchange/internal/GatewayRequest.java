package org.yiwang.exchange.internal;

import java.util.List;
import java.util.UUID;

/**
 * One call of the gateway as it arrived.
 *
 * @param messageId the id the answer (or the refusal) goes out under
 * @param identifiers ID numbers or credit codes, as given
 * @param fields the fields wanted; empty for every granted field
 * @param query the raw query string, part of what a consumer signs
 */
record GatewayRequest(UUID messageId, String resourceCode, String grant, List<String> identifiers,
        List<String> fields, String method, String path, String query, String nonce, String timestamp,
        String signature) {

    GatewayRequest {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** What a consumer signs: method, path, query, nonce and time, one per line. */
    String canonical() {
        return method + "\n" + path + "\n" + (query == null ? "" : query) + "\n" + nonce + "\n" + timestamp;
    }
}
