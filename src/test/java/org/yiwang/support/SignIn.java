package org.yiwang.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Creates accounts and signs them in through the real endpoints, as a client would: registration,
 * password, TOTP enrolment with codes computed independently, and the forced first password change.
 */
public final class SignIn {

    public static final String PASSWORD = "Yiwang-test-2026";
    public static final String NEW_PASSWORD = "Changed-pw-2026!";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private SignIn() {
    }

    public record Citizen(String idNumber, String name, long accountId, MockHttpSession session) {
    }

    public record Staff(String username, long accountId, String totpSecret, MockHttpSession session) {
    }

    public static Citizen citizen(MockMvc mvc) throws Exception {
        String id = SyntheticPeople.idNumber().value();
        String body = mvc.perform(post("/api/v1/identity/citizens").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"idNumber":"%s","name":"测试居民","phone":"13800001234","password":"%s"}""".formatted(id, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long accountId = ((Number) JsonPath.read(body, "$.accountId")).longValue();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/api/v1/auth/login").session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(id, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED_IN"));
        return new Citizen(id, "测试居民", accountId, session);
    }

    /**
     * A new staff member of the given department, created by a system administrator, granted the given
     * roles by a security administrator, then signed in with TOTP enrolment and his own password.
     */
    public static Staff staff(MockMvc mvc, long departmentId, Set<String> roles, boolean subordinateScope)
            throws Exception {
        String username = "staff" + System.nanoTime() % 1_000_000_000L + "x" + SERIAL.incrementAndGet();
        String body = mvc.perform(post("/api/v1/identity/staff")
                        .with(user("sysadmin-test").authorities(new SimpleGrantedAuthority("account:manage")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","name":"测试人员","idNumber":"%s","kind":"STAFF","departmentId":%d,
                                 "initialPassword":"%s"}""".formatted(username, SyntheticPeople.idNumber().value(),
                                departmentId, PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long accountId = ((Number) JsonPath.read(body, "$.accountId")).longValue();
        if (!roles.isEmpty() || subordinateScope) {
            String list = String.join("\",\"", roles);
            mvc.perform(put("/api/v1/identity/accounts/" + accountId + "/roles")
                            .with(user("secadmin-test").authorities(new SimpleGrantedAuthority("role:assign")))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"roles\":[%s],\"subordinateScope\":%s}".formatted(
                                    roles.isEmpty() ? "" : "\"" + list + "\"", subordinateScope)))
                    .andExpect(status().isNoContent());
        }
        MockHttpSession session = new MockHttpSession();
        String login = mvc.perform(post("/api/v1/auth/login").session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SECOND_FACTOR_REQUIRED"))
                .andExpect(jsonPath("$.enrolled").value(false))
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(login, "$.enrolment.secret");
        mvc.perform(post("/api/v1/auth/second-factor").session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"%s\"}".formatted(TotpCodes.code(secret, 0))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED_IN"));
        mvc.perform(post("/me/password").session(session).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD))
                .andExpect(status().is3xxRedirection());
        return new Staff(username, accountId, secret, session);
    }
}
