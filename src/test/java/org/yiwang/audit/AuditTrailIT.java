package org.yiwang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.support.PlatformTest;

@PlatformTest
class AuditTrailIT {

    @Autowired AuditTrail trail;
    @Autowired AuditChain chain;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private final SimpleGrantedAuthority auditRead = new SimpleGrantedAuthority("audit:read");

    @Test
    void records_chain_and_verify_intact() throws Exception {
        String marker = "test-" + UUID.randomUUID();
        trail.recordAs("tester", "test.thing.do", marker, AuditOutcome.SUCCESS, "first");
        trail.recordAs("tester", "test.thing.do", marker, AuditOutcome.FAILURE, "second");

        mvc.perform(get("/api/v1/audit/verify").with(user("auditor").authorities(auditRead)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));

        var rows = jdbc.queryForList("select seq, previous_hash, hash from audit.audit_record where target = ? order by id", marker);
        assertThat(rows).hasSize(2);
        assertThat((Long) rows.get(1).get("seq")).isEqualTo((Long) rows.get(0).get("seq") + 1);
        assertThat(rows.get(1).get("previous_hash")).isEqualTo(rows.get(0).get("hash"));
    }

    @Test
    void records_cannot_be_updated_or_deleted_through_sql() {
        trail.recordAs("tester", "test.thing.do", "immutable", AuditOutcome.SUCCESS, null);
        assertThatThrownBy(() -> jdbc.update("update audit.audit_record set actor = 'someone' where target = 'immutable'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit.audit_record where target = 'immutable'"))
                .hasMessageContaining("append-only");
    }

    @Test
    void verification_finds_a_row_changed_directly_in_the_database() throws Exception {
        String marker = "tamper-" + UUID.randomUUID();
        trail.recordAs("tester", "test.thing.do", marker, AuditOutcome.SUCCESS, "original");
        assertThat(chain.verify().intact()).isTrue();
        long seq = jdbc.queryForObject("select seq from audit.audit_record where target = ?", Long.class, marker);
        tamper(seq, "forged");
        try {
            mvc.perform(get("/api/v1/audit/verify").with(user("auditor").authorities(auditRead)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenSeq").value(seq))
                    .andExpect(jsonPath("$.reason").value("content-changed"));
        } finally {
            tamper(seq, "original");
        }
    }

    @Test
    void only_the_audit_administrator_may_verify() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(user("clerk").authorities(new SimpleGrantedAuthority("account:manage"))))
                .andExpect(status().isForbidden());
    }

    /** What an intruder with database superuser rights could do: switch the triggers off and rewrite a row. */
    private void tamper(long seq, String detail) {
        jdbc.execute((java.sql.Connection c) -> {
            try (var s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
                s.executeUpdate("update audit.audit_record set detail = '" + detail + "' where seq = " + seq);
                s.execute("set session_replication_role = origin");
            }
            return null;
        });
    }
}
