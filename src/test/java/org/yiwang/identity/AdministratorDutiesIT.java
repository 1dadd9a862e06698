package org.yiwang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;

/** 三员分立: each administrator does his own job and none of the others'. */
@PlatformTest
class AdministratorDutiesIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganizationDirectory organization;

    SignIn.Staff system;
    SignIn.Staff security;
    SignIn.Staff auditor;
    long department;

    @BeforeEach
    void administrators() throws Exception {
        department = organization.departmentByCode("ZJ-DSJ").orElseThrow().id();
        system = SignIn.staff(mvc, department, Set.of("SYSTEM_ADMIN"), false);
        security = SignIn.staff(mvc, department, Set.of("SECURITY_ADMIN"), false);
        auditor = SignIn.staff(mvc, department, Set.of("AUDIT_ADMIN"), false);
    }

    @Test
    void only_the_audit_administrator_reads_and_verifies_the_trail() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").session(auditor.session()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/v1/audit/verify").session(system.session())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").session(security.session())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/records").session(system.session())).andExpect(status().isForbidden());
    }

    @Test
    void a_refused_request_is_audited() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").session(system.session())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_record where action = 'security.access.denied' "
                + "and actor = ? and target = 'GET /api/v1/audit/verify'", Integer.class,
                system.username() + "#" + system.accountId())).isEqualTo(1);
    }

    @Test
    void only_the_system_administrator_creates_staff_accounts() throws Exception {
        String body = """
                {"username":"newclerk%d","name":"新同事","idNumber":"%s","kind":"STAFF","departmentId":%d,"initialPassword":"%s"}"""
                .formatted(System.nanoTime() % 100000, SyntheticPeople.idNumber().value(), department, SignIn.PASSWORD);
        mvc.perform(post("/api/v1/identity/staff").session(security.session()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/identity/staff").session(auditor.session()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/identity/staff").session(system.session()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }

    @Test
    void only_the_security_administrator_assigns_roles() throws Exception {
        SignIn.Staff clerk = SignIn.staff(mvc, department, Set.of(), false);
        String roles = "{\"roles\":[\"LEADER\"],\"subordinateScope\":false}";
        mvc.perform(put("/api/v1/identity/accounts/" + clerk.accountId() + "/roles").session(system.session())
                .contentType(MediaType.APPLICATION_JSON).content(roles)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/identity/accounts/" + clerk.accountId() + "/roles").session(auditor.session())
                .contentType(MediaType.APPLICATION_JSON).content(roles)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/identity/accounts/" + clerk.accountId() + "/roles").session(security.session())
                .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"SYSTEM_ADMIN\"],\"subordinateScope\":true}"))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForList("select role_code from identity.account_role where account_id = ?", String.class,
                clerk.accountId())).containsExactlyInAnyOrder("STAFF", "SYSTEM_ADMIN");
    }

    @Test
    void no_account_holds_two_administrator_duties() throws Exception {
        SignIn.Staff clerk = SignIn.staff(mvc, department, Set.of(), false);
        mvc.perform(put("/api/v1/identity/accounts/" + clerk.accountId() + "/roles").session(security.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"SYSTEM_ADMIN\",\"AUDIT_ADMIN\"],\"subordinateScope\":false}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("role.duties-combined"));
        assertThat(jdbc.queryForList("select role_code from identity.account_role where account_id = ?", String.class,
                clerk.accountId())).containsExactly("STAFF");
    }

    @Test
    void nobody_changes_his_own_roles() throws Exception {
        mvc.perform(put("/api/v1/identity/accounts/" + security.accountId() + "/roles").session(security.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"SECURITY_ADMIN\",\"LEADER\"],\"subordinateScope\":false}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("role.self-assignment"));
    }

    @Test
    void the_database_refuses_combined_duties_even_on_a_direct_insert() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.execute((java.sql.Connection c) -> {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("insert into identity.account_role (account_id, role_code, granted_by) values ("
                        + system.accountId() + ", 'AUDIT_ADMIN', 'intruder')");
                c.commit();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        })).hasMessageContaining("only one of");
    }

    @Test
    void the_security_administrator_unlocks_a_locked_account() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"login\":\"%s\",\"password\":\"Wrong-pass-9\"}".formatted(citizen.idNumber())));
        }
        mvc.perform(post("/api/v1/identity/accounts/" + citizen.accountId() + "/unlock").session(system.session()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/identity/accounts/" + citizen.accountId() + "/unlock").session(security.session()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(citizen.idNumber(), SignIn.PASSWORD)))
                .andExpect(jsonPath("$.status").value("SIGNED_IN"));
    }

    @Test
    void paths_nobody_opened_are_closed() throws Exception {
        mvc.perform(get("/internal/anything").session(system.session())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/identity/accounts")).andExpect(status().isUnauthorized());
    }
}
