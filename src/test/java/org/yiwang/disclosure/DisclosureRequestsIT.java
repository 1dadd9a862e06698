package org.yiwang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.TestDocuments;

/** Disclosure on request through the whole stack: filing, the statutory due date, tracking, refusals, the annual report. */
@PlatformTest
class DisclosureRequestsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_citizen_files_a_request_and_tracks_it_with_its_due_date() throws Exception {
        long department = organization.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow().id();
        SignIn.Citizen citizen = SignIn.citizen(mvc);

        String filed = mvc.perform(post("/api/v1/disclosure/requests").session(citizen.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId":%d,"description":"申请公开本局 2025 年食品安全抽检结果汇总表",
                                 "delivery":"ELECTRONIC","phone":"13800001234"}""".formatted(department)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").isNotEmpty())
                .andExpect(jsonPath("$.dueOn").isNotEmpty())
                .andExpect(jsonPath("$.departmentId").value(department))
                .andReturn().getResponse().getContentAsString();
        String number = com.jayway.jsonpath.JsonPath.read(filed, "$.number");

        mvc.perform(get("/api/v1/disclosure/requests/mine").session(citizen.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("食品安全抽检结果汇总表")));
        mvc.perform(get("/disclosure-requests/mine").session(citizen.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
    }

    @Test
    void bad_filings_are_refused_naming_each_field_and_anonymous_filings_need_a_sign_in() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        mvc.perform(post("/api/v1/disclosure/requests").session(citizen.session())
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"description\":\"\",\"delivery\":\"PIGEON\",\"phone\":\"12\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("departmentId")))
                .andExpect(content().string(containsString("description")))
                .andExpect(content().string(containsString("delivery")))
                .andExpect(content().string(containsString("phone")));
        mvc.perform(post("/api/v1/disclosure/requests").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void staff_pick_the_published_information_by_title_when_the_answer_is_already_published() throws Exception {
        long department = organization.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow().id();
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        long id = filed(citizen, department, "申请公开已在网站发布的一份统计公报");
        SignIn.Staff officer = SignIn.staff(mvc, department, Set.of("DISCLOSURE_REQUEST_OFFICER"), false);
        Map<String, Object> publication = jdbc.sql("""
                select id, index_number, title from disclosure.publication where status = 'PUBLISHED'
                 order by published_on desc, id desc limit 1""").query().singleRow();
        long publicationId = ((Number) publication.get("id")).longValue();
        String title = (String) publication.get("title");
        String words = title.substring(0, 2) + " " + title.substring(title.length() - 2);

        mvc.perform(get("/disclosure-requests/{id}/publications", id).param("publicationQuery", words)
                        .session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + publicationId + "\"")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/disclosure-requests/{id}/publications", id).param("publicationQuery", "%' or 1=1 --")
                        .session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"publicationId\""))));
        mvc.perform(get("/disclosure-requests/{id}", id).param("publicationQuery", words).param("outcome",
                        "ALREADY_PUBLISHED").session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/disclosure-requests/{id}/publications", id).param("publicationQuery", words)
                        .session(citizen.session()))
                .andExpect(status().isForbidden());

        mvc.perform(multipart("/disclosure-requests/{id}/answer", id)
                        .file(new MockMultipartFile("document", "answer.pdf", "application/pdf", TestDocuments.pdf()))
                        .param("outcome", "ALREADY_PUBLISHED").param("publicationId", String.valueOf(publicationId))
                        .session(officer.session()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/disclosure-requests/{id}", id).session(citizen.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/disclosure/publications/" + publication.get("index_number"))))
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void the_handling_list_comes_in_pages_instead_of_stopping_at_a_cap() throws Exception {
        long department = organization.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow().id();
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        for (int i = 1; i <= 3; i++) {
            filed(citizen, department, "分页测试申请 " + i);
        }
        SignIn.Staff officer = SignIn.staff(mvc, department, Set.of("DISCLOSURE_REQUEST_OFFICER"), false);
        String first = mvc.perform(get("/api/v1/disclosure/requests/handling").param("size", "2")
                        .session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        int total = JsonPath.read(first, "$.total");
        int pages = JsonPath.read(first, "$.pages");
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(pages).isEqualTo((total + 1) / 2);
        String last = mvc.perform(get("/api/v1/disclosure/requests/handling").param("size", "2")
                        .param("page", String.valueOf(pages)).session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(pages))
                .andReturn().getResponse().getContentAsString();
        List<Integer> onFirst = JsonPath.read(first, "$.items[*].id");
        List<Integer> onLast = JsonPath.read(last, "$.items[*].id");
        assertThat(onLast).isNotEmpty().doesNotContainAnyElementsOf(onFirst);
        mvc.perform(get("/api/v1/disclosure/requests/handling").param("size", "0").session(officer.session()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/disclosure-requests/handling").param("page", "99").session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"pager\"")));
    }

    private long filed(SignIn.Citizen citizen, long department, String description) throws Exception {
        String body = mvc.perform(post("/api/v1/disclosure/requests").session(citizen.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId":%d,"description":"%s","delivery":"ELECTRONIC","phone":"13800001234"}
                                """.formatted(department, description)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void the_annual_report_is_public() throws Exception {
        int year = Year.now().getValue();
        mvc.perform(get("/disclosure/annual-reports/ZJ-HZ-XH-SCJG/" + year)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/disclosure/annual-reports/ZJ-HZ-XH-SCJG/" + year)).andExpect(status().isOk());
    }
}
