package org.yiwang.registry.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.yiwang.crypto.CryptoService;

/**
 * What a data-use link's hash covers: every field written as its length and its text, so that no two
 * different records encode alike; time cut to microseconds, the precision PostgreSQL keeps.
 */
final class DataUseHash {

    static final String GENESIS = "0".repeat(64);

    private DataUseHash() {
    }

    static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(CryptoService crypto, long seq, Instant usedAt, String account, Long departmentId, String purpose,
            String subjectKind, String subjectIndex, String fields, String messageId, String previousHash) {
        StringBuilder content = new StringBuilder(320);
        for (String field : new String[] {Long.toString(seq), storable(usedAt).toString(), account,
                departmentId == null ? null : departmentId.toString(), purpose, subjectKind, subjectIndex, fields,
                messageId, previousHash}) {
            String text = field == null ? "" : field;
            content.append(field == null ? -1 : text.length()).append(':').append(text).append('|');
        }
        return crypto.sm3Hex(content.toString().getBytes(StandardCharsets.UTF_8));
    }
}
