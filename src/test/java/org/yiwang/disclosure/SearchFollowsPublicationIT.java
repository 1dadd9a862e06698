package org.yiwang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.TestDocuments;

/**
 * The index follows the publishing flow: a publication loaded through the bulk API, with a PDF and a Word
 * attachment written here, is found within seconds, by its text and by its attachments' text; withdrawn, it is
 * gone within seconds; a rebuild from the database finds it the same way. Polls, never sleeps a fixed time.
 */
@PlatformTest
class SearchFollowsPublicationIT {

    static final Duration WITHIN = Duration.ofSeconds(10);

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;

    @Test
    void a_publication_is_found_within_seconds_with_its_attachments_and_gone_after_withdrawal() throws Exception {
        long department = organization.departmentByCode("ZJ-BGT").orElseThrow().id();
        SignIn.Staff archivist = SignIn.staff(mvc, department, Set.of("DISCLOSURE_ARCHIVIST", "DISCLOSURE_REVIEWER"),
                false);
        String body = """
                {"mode":"ALL_OR_NOTHING","items":[{"department":"ZJ-BGT","title":"关于开展候鸟栖息地巡护志愿服务的通知",
                 "body":"为保护湿地候鸟栖息地，现招募巡护志愿者。","category":"notice","classification":"NONE",
                 "disclosure":"PROACTIVE","publishedOn":"2025-11-03",
                 "attachments":[{"name":"巡护路线.pdf","contentBase64":"%s"},{"name":"报名表.docx","contentBase64":"%s"}]}]}"""
                .formatted(base64(TestDocuments.pdf("Patrol route Qiantang wetland, checkpoint Jiangyangfan")),
                        base64(docx("志愿者报名表：请填写望远镜型号和可参加的巡护时段。")));
        String report = mvc.perform(post("/api/v1/disclosure/publications:bulk").session(archivist.session())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.published").value(1))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(report, "$.loaded[0].id")).longValue();
        String indexNumber = JsonPath.read(report, "$.loaded[0].indexNumber");

        assertThat(firstHitWithin("候鸟")).isEqualTo(indexNumber);
        assertThat(firstHitWithin("Jiangyangfan")).as("text of the PDF attachment").isEqualTo(indexNumber);
        assertThat(firstHitWithin("望远镜")).as("text of the Word attachment").isEqualTo(indexNumber);

        mvc.perform(post("/api/v1/disclosure/index/rebuild").session(archivist.session()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/withdraw").session(archivist.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"巡护活动取消\"}"))
                .andExpect(status().isNoContent());
        goneWithin("候鸟");
    }

    /** The first hit's index number once the search finds anything (polled every 100 ms, at most 10 s). */
    private String firstHitWithin(String q) {
        List<String> hits = Awaitility.await().atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> JsonPath.<List<String>>read(search(q), "$.hits[*].indexNumber"), found -> !found.isEmpty());
        return hits.get(0);
    }

    private void goneWithin(String q) {
        Awaitility.await().atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> ((Number) JsonPath.read(search(q), "$.total")).longValue() == 0);
    }

    private String search(String q) throws Exception {
        return mvc.perform(get("/api/v1/disclosure/search").param("q", q))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] docx(String paragraph) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
            return out.toByteArray();
        }
    }
}
