package org.yiwang.registry.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.EntityRecord;

/**
 * Keyed digests of register values in the clear, for telling whether a record changed without decrypting it:
 * HMAC-SM3 with the platform's blind-index key. A legal entity's digest covers its canonical form (each field as
 * name, unit separator, value or a NUL for "none", record separator); a person is compared field by field, his
 * phone (stored encrypted) by its own index. Safe to call from many threads.
 */
@Component
class RegistryDigests {

    private final CryptoService crypto;

    RegistryDigests(CryptoService crypto) {
        this.crypto = crypto;
    }

    public String entity(EntityRecord entity) {
        return crypto.blindIndex(canonical("entity/1", entity.fields()));
    }

    /** The keyed index of a phone number, or null for none; domain-separated from the ID-number index. */
    public String phone(String phone) {
        return phone == null ? null : crypto.blindIndex("phone\u001f" + phone);
    }

    private static String canonical(String kind, Map<String, String> fields) {
        StringBuilder text = new StringBuilder(256).append(kind);
        fields.forEach((name, value) -> text.append('\u001e').append(name).append('\u001f')
                .append(value == null ? "\u0000" : value));
        return text.toString();
    }
}
