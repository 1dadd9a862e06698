package org.yiwang.exchange.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.Sm2Signature;

/**
 * Signs what the exchange sends: SM2 over the SM3 digest of the exact body bytes, with the gateway's own
 * platform key (created in the keystore at first start). The signature, the key id, the message id and the
 * time travel in headers; consumers fetch the public key from {@code /api/v1/exchange/keys/{keyId}}.
 */
@Component
class GatewaySigner {

    static final String SIGNATURE = "X-Yiwang-Signature";
    static final String KEY_ID = "X-Yiwang-Key-Id";
    static final String MESSAGE_ID = "X-Yiwang-Message-Id";
    static final String TIMESTAMP = "X-Yiwang-Timestamp";
    static final String BODY_SM3 = "X-Yiwang-Body-SM3";

    private final CryptoService crypto;
    private final String keyId;

    GatewaySigner(CryptoService crypto, ExchangeProperties properties) {
        this.crypto = crypto;
        this.keyId = properties.gatewayKeyId();
        crypto.ensureSigningKey(keyId, "CN=Yiwang exchange gateway");
    }

    String keyId() {
        return keyId;
    }

    String publicKeyPem() {
        return crypto.publicKeyPem(keyId);
    }

    /** The headers that let anyone check that {@code body} came from the gateway unchanged. */
    HttpHeaders sign(byte[] body, UUID messageId, Instant at) {
        Sm2Signature signature = crypto.sign(keyId, body);
        HttpHeaders headers = new HttpHeaders();
        headers.set(SIGNATURE, signature.base64());
        headers.set(KEY_ID, keyId);
        headers.set(MESSAGE_ID, messageId.toString());
        headers.set(TIMESTAMP, at.toString());
        headers.set(BODY_SM3, crypto.sm3Hex(body));
        return headers;
    }

    String sm3Hex(byte[] body) {
        return crypto.sm3Hex(body);
    }
}
