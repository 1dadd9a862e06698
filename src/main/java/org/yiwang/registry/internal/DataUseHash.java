package org.yiwang.registry.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.DataUse;

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
        return crypto.sm3Hex(content(seq, usedAt, account, departmentId, purpose, subjectKind, subjectIndex, fields,
                messageId, previousHash).toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As above for a use that may have left the register another way: a plain register query hashes exactly as
     * before the channel existed, any other use covers channel, resource and grant too.
     */
    static String of(CryptoService crypto, long seq, Instant usedAt, String account, Long departmentId, String purpose,
            String subjectKind, String subjectIndex, String fields, String messageId, String previousHash,
            String channel, String resourceCode, Long grantId) {
        StringBuilder content = content(seq, usedAt, account, departmentId, purpose, subjectKind, subjectIndex, fields,
                messageId, previousHash);
        if (!"REGISTER_QUERY".equals(channel) || resourceCode != null || grantId != null) {
            append(content, channel, resourceCode, grantId == null ? null : grantId.toString());
        }
        return crypto.sm3Hex(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of a use linked as {@code seq} after the link whose hash is {@code previousHash}. */
    static String of(CryptoService crypto, DataUse use, long seq, String previousHash) {
        return of(crypto, seq, use.usedAt(), use.account(), use.departmentId(), use.purpose(),
                use.subjectKind().name(), use.subjectIndex(), String.join(",", use.fields()),
                use.messageId().toString(), previousHash, use.channel().name(), use.resourceCode(), use.grantId());
    }

    private static StringBuilder content(long seq, Instant usedAt, String account, Long departmentId, String purpose,
            String subjectKind, String subjectIndex, String fields, String messageId, String previousHash) {
        StringBuilder content = new StringBuilder(320);
        append(content, Long.toString(seq), storable(usedAt).toString(), account,
                departmentId == null ? null : departmentId.toString(), purpose, subjectKind, subjectIndex, fields,
                messageId, previousHash);
        return content;
    }

    private static void append(StringBuilder content, String... fields) {
        for (String field : fields) {
            String text = field == null ? "" : field;
            content.append(field == null ? -1 : text.length()).append(':').append(text).append('|');
        }
    }
}
