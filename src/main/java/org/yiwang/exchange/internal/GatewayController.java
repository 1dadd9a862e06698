package org.yiwang.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;

/**
 * {@code GET /api/v1/exchange/{resourceCode}/records?grant=…&idNumber=…} (or {@code creditCode=…}, up to 100,
 * repeated or comma-separated; {@code fields=…} to narrow). Every answer, and every refusal, carries the
 * message id it is logged under; an answer also the gateway's SM2 signature over its exact bytes.
 */
@RestController
class GatewayController {

    private final Gateway gateway;
    private final GatewaySigner signer;

    GatewayController(Gateway gateway, GatewaySigner signer) {
        this.gateway = gateway;
        this.signer = signer;
    }

    @GetMapping("/api/v1/exchange/{resourceCode}/records")
    @PreAuthorize("hasAuthority('exchange:request')")
    ResponseEntity<byte[]> records(@PathVariable String resourceCode, @RequestParam(required = false) String grant,
            @RequestParam(required = false) List<String> idNumber,
            @RequestParam(required = false) List<String> creditCode,
            @RequestParam(required = false) List<String> fields,
            @RequestHeader(name = Gateway.NONCE, required = false) String nonce,
            @RequestHeader(name = Gateway.REQUEST_TIMESTAMP, required = false) String timestamp,
            @RequestHeader(name = Gateway.REQUEST_SIGNATURE, required = false) String signature,
            @AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest http,
            HttpServletResponse response) {
        UUID messageId = UUID.randomUUID();
        response.setHeader(GatewaySigner.MESSAGE_ID, messageId.toString());
        List<String> identifiers = idNumber != null ? idNumber : creditCode;
        var request = new GatewayRequest(messageId, resourceCode, grant, identifiers, fields, http.getMethod(),
                http.getRequestURI(), http.getQueryString(), nonce, timestamp, signature);
        try {
            Gateway.Delivery delivery = gateway.deliver(request, principal);
            HttpHeaders headers = new HttpHeaders();
            headers.addAll(delivery.headers());
            headers.setContentType(MediaType.APPLICATION_JSON);
            return new ResponseEntity<>(delivery.body(), headers, HttpStatus.OK);
        } catch (Gateway.RateLimited limited) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
            throw limited;
        }
    }

    /** The gateway's public key, for anyone who wants to check an answer (e.g. {@code openssl dgst -sm3 -verify}). */
    @GetMapping(path = "/api/v1/exchange/keys/{keyId}")
    ResponseEntity<Map<String, String>> key(@PathVariable String keyId) {
        if (!signer.keyId().equals(keyId)) {
            throw new RuleViolationException(HttpStatus.NOT_FOUND,
                    List.of(RuleViolation.of("keyId", "exchange.key.unknown", keyId)));
        }
        return ResponseEntity.ok(Map.of("keyId", keyId, "algorithm", "SM2 (SM3withSM2, GM/T 0009 default user ID)",
                "publicKeyPem", signer.publicKeyPem()));
    }
}
