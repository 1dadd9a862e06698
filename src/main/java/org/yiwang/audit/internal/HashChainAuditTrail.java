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
import org.yiwang.crypto.CryptoService;

@Service
class HashChainAuditTrail implements AuditTrail {

    static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;
    private final CryptoService crypto;

    HashChainAuditTrail(JdbcClient jdbc, CryptoService crypto) {
        this.jdbc = jdbc;
        this.crypto = crypto;
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
        // Locking the head row orders all writers; it is held until the surrounding transaction commits.
        var head = jdbc.sql("update audit.chain_head set seq = seq + 1 where id = 1 returning seq, hash")
                .query((rs, n) -> new Object[] {rs.getLong("seq"), rs.getString("hash")})
                .single();
        long seq = (Long) head[0];
        String previous = (String) head[1];
        Instant now = ChainHash.storable(Instant.now());
        String client = clientAddress();
        String hash = ChainHash.of(crypto, seq, now, actor, action, target, outcome, client, detail, previous);
        jdbc.sql("""
                insert into audit.audit_record
                  (seq, recorded_at, actor, action, target, outcome, client_address, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, Timestamp.from(now), actor, action, target, outcome.name(), client, detail, previous, hash)
                .update();
        jdbc.sql("update audit.chain_head set hash = ? where id = 1").param(hash).update();
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
