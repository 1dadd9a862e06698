package org.yiwang.exchange.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.crypto.CryptoService;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.registry.DataUseChannel;
import org.yiwang.registry.DataUseEntry;
import org.yiwang.registry.DataUseLog;
import org.yiwang.registry.SubjectKind;

/**
 * The exchange gateway: delivers the granted fields of register records to the grantee department, signed.
 * Every check comes before any record is read; a refusal is logged with the rule it broke and audited, and
 * delivers nothing. A delivery reads the records, appends one data-use record per subject to the registry's
 * hash chain and logs the message, all in one transaction.
 */
@Service
class Gateway {

    static final int MAX_IDENTIFIERS = 100;
    static final String NONCE = "X-Yiwang-Nonce";
    static final String REQUEST_TIMESTAMP = "X-Yiwang-Timestamp";
    static final String REQUEST_SIGNATURE = "X-Yiwang-Signature";
    private static final Pattern NONCE_FORMAT = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** A signed answer: the exact body bytes and the headers that vouch for them. */
    record Delivery(byte[] body, HttpHeaders headers) {
    }

    private final GrantRepository grants;
    private final GatewayMessages messages;
    private final RegisterSources sources;
    private final ResourceCatalog catalog;
    private final RateLimits rateLimits;
    private final GatewaySigner signer;
    private final DataUseLog dataUse;
    private final CryptoService crypto;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final ExchangeProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Gateway(GrantRepository grants, GatewayMessages messages, RegisterSources sources, ResourceCatalog catalog,
            RateLimits rateLimits, GatewaySigner signer, DataUseLog dataUse, CryptoService crypto, AuditTrail audit,
            ObjectMapper json, ExchangeProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.grants = grants;
        this.messages = messages;
        this.sources = sources;
        this.catalog = catalog;
        this.rateLimits = rateLimits;
        this.signer = signer;
        this.dataUse = dataUse;
        this.crypto = crypto;
        this.audit = audit;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A refusal that says how long to wait before asking again (429 Retry-After). */
    static final class RateLimited extends RuleViolationException {

        private final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds, int ratePerMinute) {
            super(HttpStatus.TOO_MANY_REQUESTS,
                    List.of(RuleViolation.of("grant", "exchange.rate.exceeded", ratePerMinute, retryAfterSeconds)));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    Delivery deliver(GatewayRequest request, AccountPrincipal principal) {
        Grant grant = null;
        try {
            grant = find(request);
            checkGrant(grant, request, principal);
            List<String> fields = checkRequest(request, grant);
            Grant checked = grant;
            return transaction.execute(status -> delivered(request, checked, fields, principal));
        } catch (RuleViolationException refused) {
            refuse(request, grant, principal, refused);
            throw refused;
        }
    }

    private Grant find(GatewayRequest request) {
        long grantId;
        try {
            grantId = Long.parseLong(request.grant() == null ? "" : request.grant().strip());
        } catch (NumberFormatException e) {
            throw bad("grant", "exchange.grant.required");
        }
        return grants.byId(grantId).orElseThrow(() -> new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("grant", "exchange.grant.unknown", grantId))));
    }

    /** The grant must be for this resource, held by the caller's department, valid today and for the API. */
    private void checkGrant(Grant grant, GatewayRequest request, AccountPrincipal principal) {
        if (!grant.resourceCode().equals(request.resourceCode())) {
            throw forbidden("grant", "exchange.grant.other-resource", grant.resourceCode());
        }
        if (principal.departmentId() == null || principal.departmentId() != grant.consumerDepartmentId()) {
            throw forbidden("grant", "exchange.grant.not-grantee");
        }
        switch (grant.stateOn(LocalDate.now(clock))) {
            case REVOKED -> throw forbidden("grant", "exchange.grant.revoked");
            case EXPIRED -> throw forbidden("grant", "exchange.grant.expired", grant.validUntil());
            case NOT_YET_VALID -> throw forbidden("grant", "exchange.grant.not-yet-valid", grant.validFrom());
            case ACTIVE -> { }
        }
        if (!"API".equals(grant.method())) {
            throw forbidden("grant", "exchange.grant.not-api");
        }
    }

    /** Headers, signature, rate, nonce, fields and identifiers, in that order; returns the fields to deliver. */
    private List<String> checkRequest(GatewayRequest request, Grant grant) {
        if (request.nonce() == null || !NONCE_FORMAT.matcher(request.nonce()).matches()) {
            throw bad(NONCE, "exchange.nonce.required");
        }
        Instant sent = timestamp(request.timestamp());
        if (Duration.between(sent, clock.instant()).abs().compareTo(properties.clockSkew()) > 0) {
            throw new RuleViolationException(HttpStatus.UNAUTHORIZED,
                    List.of(RuleViolation.of(REQUEST_TIMESTAMP, "exchange.timestamp.skew",
                            properties.clockSkew().toSeconds())));
        }
        if (grant.consumerKeyPem() != null) {
            verifySignature(request, grant);
        }
        long wait = rateLimits.take(grant);
        if (wait > 0) {
            throw new RateLimited(wait, grant.ratePerMinute());
        }
        if (!messages.spendNonce(request.nonce(), grant.id(), clock.instant())) {
            throw RuleViolationException.conflict(NONCE, "exchange.nonce.replayed");
        }
        var resource = catalog.byCode(grant.resourceCode());
        if (resource.isEmpty() || resource.get().sharingType() == SharingType.NOT_SHARED) {
            throw forbidden("resourceCode", "exchange.resource.withdrawn");
        }
        if (!RegisterSources.serves(grant.source())) {
            throw new RuleViolationException(List.of(RuleViolation.of("resourceCode", "exchange.resource.no-source")));
        }
        List<String> fields = fields(request.fields(), grant);
        String name = RegisterSources.identifierName(grant.source());
        if (request.identifiers().isEmpty()) {
            throw bad(name, "exchange.identifier.required", name);
        }
        if (request.identifiers().size() > MAX_IDENTIFIERS) {
            throw bad(name, "exchange.identifier.too-many", MAX_IDENTIFIERS);
        }
        return fields;
    }

    private void verifySignature(GatewayRequest request, Grant grant) {
        if (request.signature() == null || request.signature().isBlank()) {
            throw new RuleViolationException(HttpStatus.UNAUTHORIZED,
                    List.of(RuleViolation.of(REQUEST_SIGNATURE, "exchange.signature.required")));
        }
        PublicKey key = ConsumerKeys.parse(grant.consumerKeyPem()).orElseThrow();
        boolean valid;
        try {
            byte[] signature = Base64.getDecoder().decode(request.signature().strip());
            valid = crypto.verify(request.canonical().getBytes(StandardCharsets.UTF_8), signature, key);
        } catch (IllegalArgumentException e) {
            valid = false;
        }
        if (!valid) {
            throw new RuleViolationException(HttpStatus.UNAUTHORIZED,
                    List.of(RuleViolation.of(REQUEST_SIGNATURE, "exchange.signature.invalid")));
        }
    }

    /** The wanted fields in the grant's order; asking for one outside the grant refuses the whole request. */
    static List<String> fields(List<String> wanted, Grant grant) {
        Set<String> asked = new LinkedHashSet<>();
        wanted.stream().flatMap(w -> List.of(w.split(",")).stream()).map(String::strip).filter(w -> !w.isEmpty())
                .forEach(asked::add);
        if (asked.isEmpty()) {
            return grant.items();
        }
        List<String> outside = asked.stream().filter(f -> !grant.items().contains(f)).toList();
        if (!outside.isEmpty()) {
            throw forbidden("fields", "exchange.fields.not-granted", String.join(", ", outside));
        }
        return grant.items().stream().filter(asked::contains).toList();
    }

    private Delivery delivered(GatewayRequest request, Grant grant, List<String> fields, AccountPrincipal principal) {
        Instant now = clock.instant();
        List<RegisterSources.Found> found = sources.find(grant.source(), request.identifiers());
        List<Map<String, String>> records = new ArrayList<>(found.size());
        List<String> delivered = null;
        for (RegisterSources.Found subject : found) {
            Map<String, String> record = new LinkedHashMap<>();
            for (String field : fields) {
                if (subject.fields().containsKey(field)) {
                    record.put(field, subject.fields().get(field));
                }
            }
            records.add(record);
            delivered = List.copyOf(record.keySet());
            dataUse.append(new DataUseEntry(principal.getName(), principal.departmentId(), grant.purpose(),
                    subject.kind(), subject.subjectIndex(), delivered, request.messageId(), DataUseChannel.GATEWAY,
                    grant.resourceCode(), grant.id()));
            List<String> representative = RegisterSources.representativeFields(delivered);
            if (subject.representativeIndex() != null && !representative.isEmpty()) {
                dataUse.append(new DataUseEntry(principal.getName(), principal.departmentId(), grant.purpose(),
                        SubjectKind.PERSON, subject.representativeIndex(), representative, request.messageId(),
                        DataUseChannel.GATEWAY, grant.resourceCode(), grant.id()));
            }
        }
        Set<String> hit = new LinkedHashSet<>();
        found.forEach(f -> hit.add(f.identifier()));
        List<String> notFound = request.identifiers().stream().map(String::strip)
                .filter(id -> !hit.contains(id.toUpperCase(java.util.Locale.ROOT))).distinct().toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("messageId", request.messageId().toString());
        answer.put("resourceCode", grant.resourceCode());
        answer.put("grant", grant.id());
        answer.put("at", now.toString());
        answer.put("fields", fields);
        answer.put("count", records.size());
        answer.put("records", records);
        answer.put("notFound", notFound);
        byte[] body;
        try {
            body = json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a gateway answer", e);
        }
        messages.insert(new GatewayMessages.Message(request.messageId(), now, grant.id(), grant.resourceCode(),
                principal.getName(), principal.departmentId(), "GATEWAY", "DELIVERED", null, records.size(),
                delivered == null ? fields : delivered, request.nonce(), signer.sm3Hex(body)));
        return new Delivery(body, signer.sign(body, request.messageId(), now));
    }

    private void refuse(GatewayRequest request, Grant grant, AccountPrincipal principal, RuleViolationException e) {
        String rule = e.violations().isEmpty() ? "exchange.refused" : e.violations().get(0).rule();
        messages.insert(new GatewayMessages.Message(request.messageId(), clock.instant(),
                grant == null ? null : grant.id(), request.resourceCode(), principal.getName(),
                principal.departmentId(), "GATEWAY", "REFUSED", rule, 0, null,
                request.nonce() == null || request.nonce().length() > 64 ? null : request.nonce(), null));
        audit.record("exchange.gateway.refuse", grant == null ? "resource:" + request.resourceCode()
                : "grant:" + grant.id(), AuditOutcome.DENIED, rule + " message:" + request.messageId());
    }

    private static Instant timestamp(String value) {
        if (value == null || value.isBlank()) {
            throw bad(REQUEST_TIMESTAMP, "exchange.timestamp.required");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(REQUEST_TIMESTAMP, "exchange.timestamp.required");
        }
    }

    private static RuleViolationException bad(String field, String rule, Object... args) {
        return new RuleViolationException(HttpStatus.BAD_REQUEST, List.of(RuleViolation.of(field, rule, args)));
    }

    private static RuleViolationException forbidden(String field, String rule, Object... args) {
        return new RuleViolationException(HttpStatus.FORBIDDEN, List.of(RuleViolation.of(field, rule, args)));
    }
}
