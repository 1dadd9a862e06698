package org.yiwang.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.crypto.CryptoService;

/**
 * What a link's hash covers. Each field is written as its length and its text, so that no two different
 * records can encode to the same bytes; time is cut to microseconds, the precision PostgreSQL keeps.
 */
final class ChainHash {

    private ChainHash() {
    }

    static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(CryptoService crypto, long seq, Instant recordedAt, String actor, String action, String target,
            AuditOutcome outcome, String clientAddress, String detail, String previousHash) {
        StringBuilder content = new StringBuilder(256);
        for (String field : new String[] {Long.toString(seq), storable(recordedAt).toString(), actor, action, target,
                outcome.name(), clientAddress, detail, previousHash}) {
            String text = field == null ? "" : field;
            content.append(field == null ? -1 : text.length()).append(':').append(text).append('|');
        }
        return crypto.sm3Hex(content.toString().getBytes(StandardCharsets.UTF_8));
    }
}
