package org.yiwang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/** Proactive disclosure end to end: author → review (never by the author) → publish → withdraw, audited. */
@PlatformTest
@RecordApplicationEvents
class PublishingFlowIT {

    static final String PDF = Base64.getEncoder().encodeToString(
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;
    @Autowired WorkingDays workingDays;
    @Autowired PublishedInformation published;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;

    MockHttpSession author;
    MockHttpSession reviewer;
    long department;

    @BeforeEach
    void staff() throws Exception {
        department = organization.departmentByCode("ZJ-HZ-XH-BGS").orElseThrow().id();
        author = SignIn.staff(mvc, department, Set.of("DISCLOSURE_AUTHOR"), false).session();
        reviewer = SignIn.staff(mvc, department, Set.of("DISCLOSURE_REVIEWER"), false).session();
    }

    static String body(String title, String classification, String disclosure, String attachment) {
        return """
                {"title":"%s","body":"第一段。\\n\\n第二段。","category":"notice","documentNumber":"西政办〔2026〕12号",
                 "classification":"%s","disclosure":"%s","attachments":[{"name":"附件.pdf","contentBase64":"%s"}]}"""
                .formatted(title, classification, disclosure, attachment);
    }

    /** A small Word document, written with POI as the demo corpus's attachments are. */
    static byte[] wordDocument(String text) throws java.io.IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    long create(MockHttpSession session, String title) throws Exception {
        String created = mvc.perform(post("/api/v1/disclosure/publications").session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(body(title, "NONE", "PROACTIVE", PDF)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void a_publication_goes_from_author_through_review_to_the_portal_and_is_withdrawn() throws Exception {
        String title = "关于西湖区公共文化场馆延时开放的通知" + System.nanoTime();
        long id = create(author, title);
        LocalDate today = LocalDate.now(clock);
        mvc.perform(get("/api/v1/disclosure/publications/" + id).session(author))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publication.dueOn").value(workingDays.current().addWorkingDays(today, 20).toString()))
                .andExpect(jsonPath("$.publication.attachments[0].type").value("PDF"));
        assertThat(published.published(id)).isEmpty();

        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/approve").session(reviewer))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("disclosure.status.conflict"));
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/submit").session(author))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/return").session(reviewer)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("opinion"))
                .andExpect(jsonPath("$.errors[0].rule").value("disclosure.opinion.required"));
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/return").session(reviewer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"请补充开放时间。\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/workbench").session(author))
                .andExpect(content().string(containsString("退回待修改：" + title)));

        mvc.perform(put("/api/v1/disclosure/publications/" + id).session(author).contentType(MediaType.APPLICATION_JSON)
                        .content(body(title, "NONE", "PROACTIVE", PDF).replace("第二段。", "开放时间延长至晚上九点。")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/submit").session(author))
                .andExpect(status().isNoContent());
        mvc.perform(get("/workbench").session(reviewer))
                .andExpect(content().string(containsString("审核公开信息：" + title)));
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/approve").session(author))
                .andExpect(status().isForbidden());

        String approved = mvc.perform(post("/api/v1/disclosure/publications/" + id + "/approve").session(reviewer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"同意公开。\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indexNumber").value(matchesPattern("ZJ-HZ-XH-BGS-" + today.getYear() + "-TZGG-\\d{5}")))
                .andReturn().getResponse().getContentAsString();
        String indexNumber = JsonPath.read(approved, "$.indexNumber");
        assertThat(events.stream(PublicationPublished.class)).contains(new PublicationPublished(id));
        assertThat(published.published(id)).get().satisfies(p -> {
            assertThat(p.indexNumber()).isEqualTo(indexNumber);
            assertThat(p.body()).contains("开放时间延长至晚上九点。");
            assertThat(p.publishedOn()).isEqualTo(today);
        });
        mvc.perform(get("/disclosure/publications/" + indexNumber))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("西政办〔2026〕12号")));
        mvc.perform(get("/disclosure/publications/" + indexNumber + "/attachments/0"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/api/v1/disclosure/published/" + indexNumber))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value(title));
        long countBefore = published.countPublished(department, today.getYear());

        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/withdraw").session(reviewer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("disclosure.withdraw.reason.required"));
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/withdraw").session(reviewer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"开放安排调整。\"}"))
                .andExpect(status().isNoContent());
        assertThat(events.stream(PublicationWithdrawn.class)).contains(new PublicationWithdrawn(id));
        assertThat(published.published(id)).isEmpty();
        assertThat(published.countPublished(department, today.getYear())).isEqualTo(countBefore);
        mvc.perform(get("/disclosure/publications/" + indexNumber))
                .andExpect(status().isGone()).andExpect(content().string(containsString("开放安排调整。")));
        mvc.perform(get("/api/v1/disclosure/published/" + indexNumber)).andExpect(status().isNotFound());

        List<String> audited = jdbc.sql("select action from audit.audit_record where target = ? order by id")
                .param("publication:" + id).query(String.class).list();
        assertThat(audited).containsExactly("disclosure.publication.create", "disclosure.publication.submit",
                "disclosure.publication.return", "disclosure.publication.update", "disclosure.publication.submit",
                "disclosure.publication.publish", "disclosure.publication.withdraw");
    }

    @Test
    void the_staff_pages_write_submit_and_publish_with_an_uploaded_word_file() throws Exception {
        String title = "西湖区关于公布2026年第二批政务服务事项清单的通知" + System.nanoTime();
        byte[] word = wordDocument("事项清单\n第一项 不动产登记");
        String location = mvc.perform(multipart("/workbench/disclosure").file(new MockMultipartFile("files",
                                "清单.docx", "application/octet-stream", word))
                        .param("title", title).param("body", "第一段。\n\n第二段。").param("category", "notice")
                        .param("documentNumber", "").param("classification", "NONE").param("disclosure", "PROACTIVE")
                        .param("validUntil", "").session(author).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/workbench/disclosure/\\d+\\?created");
        String page = location.substring(0, location.indexOf('?'));
        mvc.perform(get(page).session(author)).andExpect(status().isOk())
                .andExpect(content().string(containsString(title))).andExpect(content().string(containsString("清单.docx")));
        mvc.perform(post(page + "/submit").session(author).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/approve").param("opinion", "同意。").session(reviewer).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).session(reviewer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已发布")))
                .andExpect(content().string(containsString("ZJ-HZ-XH-BGS-")));
        mvc.perform(multipart("/workbench/disclosure").param("title", "秘密文件").param("body", "正文")
                        .param("category", "notice").param("classification", "SECRET").param("disclosure", "PROACTIVE")
                        .session(author).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("涉密信息不得公开")));
    }

    @Test
    void nobody_reviews_his_own_publication() throws Exception {
        long id = create(reviewer, "审核人自己撰写的通知");
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/submit").session(reviewer))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/approve").session(reviewer))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reviewer"))
                .andExpect(jsonPath("$.errors[0].rule").value("disclosure.review.own"));
        assertThat(published.published(id)).isEmpty();
    }

    @Test
    void classified_and_not_public_information_is_refused_naming_the_rule() throws Exception {
        mvc.perform(post("/api/v1/disclosure/publications").session(author).contentType(MediaType.APPLICATION_JSON)
                        .content(body("涉密文件", "SECRET", "PROACTIVE", PDF)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("classification"))
                .andExpect(jsonPath("$.errors[0].rule").value("disclosure.classified"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("涉密信息不得公开")));
        mvc.perform(post("/api/v1/disclosure/publications").session(author).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(body("内部事务", "NONE", "NOT_PUBLIC", PDF)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("disclosure"))
                .andExpect(jsonPath("$.errors[0].rule").value("disclosure.not-public"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not for disclosure")));
    }

    @Test
    void an_attachment_that_is_not_a_document_is_refused() throws Exception {
        String program = Base64.getEncoder().encodeToString("MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(post("/api/v1/disclosure/publications").session(author).contentType(MediaType.APPLICATION_JSON)
                        .content(body("带可执行文件的通知", "NONE", "PROACTIVE", program)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.errors[0].field").value("attachments[0]"))
                .andExpect(jsonPath("$.errors[0].rule").value("file.type"));
    }

    @Test
    void drafts_past_their_due_day_show_red_on_the_authors_workbench() throws Exception {
        String title = "逾期草稿" + System.nanoTime();
        long id = create(author, title);
        LocalDate created = LocalDate.now(clock).minusDays(60);
        jdbc.sql("update disclosure.publication set created_on = ?, due_on = ? where id = ?")
                .params(created, workingDays.current().addWorkingDays(created, 20), id).update();
        mvc.perform(get("/workbench").session(author))
                .andExpect(content().string(containsString("待发布草稿：" + title)))
                .andExpect(content().string(containsString("已超期")));
        mvc.perform(get("/workbench/disclosure/" + id).session(author))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已超期")));
    }

    @Test
    void staff_of_another_department_do_not_see_the_draft() throws Exception {
        long id = create(author, "本部门草稿");
        long statistics = organization.departmentByCode("ZJ-TJ").orElseThrow().id();
        MockHttpSession stranger = SignIn.staff(mvc, statistics, Set.of("DISCLOSURE_REVIEWER"), false).session();
        mvc.perform(get("/api/v1/disclosure/publications/" + id).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/submit").session(stranger))
                .andExpect(status().isNotFound());
    }
}
