package org.yiwang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.TotpCodes;

@PlatformTest
class SignInIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganizationDirectory organization;

    long department() {
        return organization.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow().id();
    }

    @Test
    void citizen_registers_signs_in_and_sees_his_account() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        mvc.perform(get("/api/v1/auth/me").session(citizen.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("CITIZEN"))
                .andExpect(jsonPath("$.loginName").value(citizen.idNumber().substring(0, 6) + "********"
                        + citizen.idNumber().substring(14)))
                .andExpect(jsonPath("$.roles[0]").value("CITIZEN"));
        assertThat(jdbc.queryForObject("select id_number_enc from identity.account where id = ?", String.class,
                citizen.accountId())).doesNotContain(citizen.idNumber());
        mvc.perform(get("/me").session(citizen.session())).andExpect(status().isOk());
    }

    @Test
    void staff_member_enrols_totp_changes_password_and_reaches_the_workbench() throws Exception {
        SignIn.Staff staff = SignIn.staff(mvc, department(), Set.of(), false);
        mvc.perform(get("/workbench").session(staff.session())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select totp_enabled from identity.account where id = ?", Boolean.class,
                staff.accountId())).isTrue();
    }

    @Test
    void staff_member_is_anonymous_until_the_second_factor_is_given() throws Exception {
        SignIn.Staff staff = SignIn.staff(mvc, department(), Set.of(), false);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/api/v1/auth/login").session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(staff.username(), SignIn.NEW_PASSWORD)))
                .andExpect(jsonPath("$.status").value("SECOND_FACTOR_REQUIRED"))
                .andExpect(jsonPath("$.enrolled").value(true))
                .andExpect(jsonPath("$.enrolment").doesNotExist());
        mvc.perform(get("/api/v1/auth/me").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/workbench").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_totp_code_works_only_once() throws Exception {
        SignIn.Staff staff = SignIn.staff(mvc, department(), Set.of(), false);
        String code = TotpCodes.code(staff.totpSecret(), 1);
        for (int attempt = 0; attempt < 2; attempt++) {
            MockHttpSession session = new MockHttpSession();
            mvc.perform(post("/api/v1/auth/login").session(session).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(staff.username(), SignIn.NEW_PASSWORD)));
            var result = mvc.perform(post("/api/v1/auth/second-factor").session(session)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"%s\"}".formatted(code)));
            if (attempt == 0) {
                result.andExpect(status().isOk());
            } else {
                result.andExpect(status().isUnauthorized()).andExpect(jsonPath("$.reason").value("code"));
            }
        }
    }

    @Test
    void repeated_failures_lock_the_account_and_are_audited() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        for (int i = 0; i < 4; i++) {
            login(citizen.idNumber(), "Wrong-password-1").andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.reason").value("credentials"));
        }
        login(citizen.idNumber(), "Wrong-password-1").andExpect(status().isLocked())
                .andExpect(jsonPath("$.reason").value("locked"));
        login(citizen.idNumber(), SignIn.PASSWORD).andExpect(status().isLocked());

        String target = "account:" + citizen.accountId();
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_record where action = 'identity.login' "
                + "and outcome = 'FAILURE' and target = ?", Integer.class, target)).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from audit.audit_record where action = 'identity.account.lock' "
                + "and target = ?", Integer.class, target)).isEqualTo(1);
        assertThat(jdbc.queryForList("select actor from audit.audit_record where target = ?", String.class, target))
                .noneMatch(actor -> actor.contains(citizen.idNumber()));
    }

    @Test
    void unknown_login_names_get_the_same_answer_as_wrong_passwords() throws Exception {
        login("nobody-here", "Whatever-123").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.reason").value("credentials"));
    }

    @Test
    void sign_in_and_sign_out_are_audited() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        mvc.perform(post("/api/v1/auth/logout").session(citizen.session())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/auth/me").session(citizen.session())).andExpect(status().isUnauthorized());
        String actorPrefix = citizen.idNumber().substring(0, 6) + "********" + citizen.idNumber().substring(14) + "#";
        assertThat(jdbc.queryForList("select action from audit.audit_record where actor = ? order by id", String.class,
                actorPrefix + citizen.accountId())).contains("identity.login", "identity.logout");
    }

    private org.springframework.test.web.servlet.ResultActions login(String login, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, password)));
    }
}
