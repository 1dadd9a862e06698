package org.yiwang.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;
import org.yiwang.support.TotpCodes;

/** The sign-in pages as a staff member meets them: password, QR enrolment, the forced password change. */
@PlatformTest
class StaffSignInPagesIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;

    @Test
    void a_new_staff_member_enrols_on_the_pages_and_must_choose_a_password() throws Exception {
        String username = "pagestaff" + System.nanoTime() % 1_000_000;
        long department = organization.departmentByCode("ZJ-HZ-XH-ZWFW").orElseThrow().id();
        mvc.perform(post("/api/v1/identity/staff").with(user("sys").authorities(new SimpleGrantedAuthority("account:manage")))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"%s","name":"页面测试","idNumber":"%s","kind":"STAFF","departmentId":%d,"initialPassword":"%s"}"""
                        .formatted(username, SyntheticPeople.idNumber().value(), department, SignIn.PASSWORD)))
                .andExpect(status().isCreated());

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("login", username).param("password", SignIn.PASSWORD))
                .andExpect(redirectedUrl("/login/second-factor"));
        String page = mvc.perform(get("/login/second-factor").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data:image/png;base64,")))
                .andReturn().getResponse().getContentAsString();
        Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(page);
        org.assertj.core.api.Assertions.assertThat(secret.find()).isTrue();

        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("动态验证码不正确")));
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", TotpCodes.code(secret.group(1), 0)))
                .andExpect(redirectedUrl("/me/password"));
        mvc.perform(get("/workbench").session(session)).andExpect(redirectedUrl("/me/password"));
        mvc.perform(post("/me/password").session(session).with(csrf())
                        .param("currentPassword", SignIn.PASSWORD).param("newPassword", SignIn.NEW_PASSWORD))
                .andExpect(redirectedUrl("/me"));
        mvc.perform(get("/workbench").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("待办")));
    }

    @Test
    void a_wrong_password_on_the_page_says_so_without_naming_which_part_was_wrong() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("login", "nobody").param("password", "Wrong-1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("账号或密码不正确")));
    }
}
