package org.yiwang.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;

/**
 * Writes a record unsealed, in the caller's transaction, and takes no lock: {@link AuditSealer} links it into
 * the SM3 chain once it has committed (docs/sealed-logs.md).
 */
@Service
class HashChainAuditTrail implements AuditTrail {

    static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;

    HashChainAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void record(String action, String target, AuditOutcome outcome, String detail) {
        append(currentActor(), action, target, outcome, detail);
    }

    @Override
    @Transactional
    public void recordAs(String actor, String action, String target, AuditOutcome outcome, String detail) {
        append(actor == null || actor.isBlank() ? ANONYMOUS : actor, action, target, outcome, detail);
    }

    private void append(String actor, String action, String target, AuditOutcome outcome, String detail) {
        Instant now = ChainHash.storable(Instant.now());
        jdbc.sql("""
                insert into audit.audit_record (recorded_at, actor, action, target, outcome, client_address, detail)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(now), actor, action, target, outcome.name(), clientAddress(), detail)
                .update();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
