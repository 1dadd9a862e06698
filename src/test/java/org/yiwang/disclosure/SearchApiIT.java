package org.yiwang.disclosure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.support.PlatformTest;

/** The search API and page at their edges: bad questions, hostile text, and the index's maintenance. */
@PlatformTest
class SearchApiIT {

    @Autowired MockMvc mvc;

    static RequestPostProcessor indexKeeper() {
        return user("sysadmin-test").authorities(new SimpleGrantedAuthority("disclosure:search:manage"));
    }

    @Test
    void an_empty_query_is_a_400_naming_q_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/v1/disclosure/search").param("q", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].rule").value("search.q.required"))
                .andExpect(jsonPath("$.errors[0].message").value("请输入检索词。"));
        mvc.perform(get("/api/v1/disclosure/search").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Enter something to search for."));
    }

    @Test
    void a_query_over_a_hundred_characters_is_a_400() throws Exception {
        mvc.perform(get("/api/v1/disclosure/search").param("q", "预".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].rule").value("search.q.too-long"));
    }

    @Test
    void wrong_filters_are_400s_naming_them() throws Exception {
        mvc.perform(get("/api/v1/disclosure/search").param("q", "预算").param("year", "20x5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/disclosure/search").param("q", "预算").param("sort", "popularity")
                        .param("page", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("sort", "page")));
    }

    @Test
    void query_syntax_and_markup_are_plain_text_never_an_error() throws Exception {
        for (String q : List.of("title:* OR 1=1", "<script>alert(1)</script>", "\"预算", "预算\"", "*:*", "((",
                "' OR ''='", "预算^9 AND body:[a TO z]")) {
            mvc.perform(get("/api/v1/disclosure/search").param("q", q))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("application/json"))
                    .andExpect(content().string(not(containsString("<script"))));
            mvc.perform(get("/disclosure/search").param("q", q))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert"))));
        }
    }

    @Test
    void the_page_answers_an_empty_box_with_hints_and_a_long_text_with_a_form_error() throws Exception {
        mvc.perform(get("/disclosure/search"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两个字也能找到")));
        mvc.perform(get("/disclosure/search").param("q", "预".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("检索词不能超过 100 个字")));
    }

    @Test
    void rebuilding_needs_the_permission_and_is_audited() throws Exception {
        mvc.perform(post("/api/v1/disclosure/index/rebuild")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/disclosure/index/rebuild")
                        .with(user("clerk-test").authorities(new SimpleGrantedAuthority("workbench:use"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/disclosure/index/rebuild").with(indexKeeper()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publications", greaterThan(0)));
        mvc.perform(get("/api/v1/audit/records").param("actor", "sysadmin-test")
                        .param("action", "disclosure.search-index.rebuild")
                        .with(user("auditor-test").authorities(new SimpleGrantedAuthority("audit:read"))))
                .andExpect(jsonPath("$[0].outcome").value("SUCCESS"))
                .andExpect(jsonPath("$[0].detail", containsString("publications")));
        mvc.perform(get("/api/v1/disclosure/index").with(indexKeeper()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mappingVersion").value("1"));
        mvc.perform(post("/admin/disclosure/search-index/rebuild").with(indexKeeper()).with(csrf()))
                .andExpect(redirectedUrl("/admin/disclosure/search-index"));
        mvc.perform(get("/admin/disclosure/search-index").with(indexKeeper()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("从数据库重建索引")));
    }
}
