package org.yiwang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yiwang.support.PlatformTest;

/** What runs around every request: the security filters without work that nothing here uses (no saved requests). */
@PlatformTest
class SecurityFilterChainIT {

    @Autowired
    MockMvc mvc;

    @Test
    void a_refused_page_visit_is_sent_to_sign_in_without_a_session_being_opened_for_it() throws Exception {
        MvcResult refused = mvc.perform(get("/workbench"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"))
                .andReturn();
        assertThat(refused.getRequest().getSession(false)).isNull();
    }

    @Test
    void an_api_call_without_sign_in_is_refused_with_a_problem_detail() throws Exception {
        mvc.perform(get("/api/v1/registry/persons/11010519491231002X").param("purpose", "test")
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(result -> assertThat(result.getResponse().getContentType())
                        .startsWith("application/problem+json"));
    }
}
