package org.yiwang.disclosure;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/**
 * Loading an archive through the bulk API: every item checked, a report naming each rejected item's field and rule,
 * and the operator's choice between all-or-nothing and the good items.
 */
@PlatformTest
class BulkPublishingIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;

    /** An archivist of 杭州市政府办公厅 whose data scope reaches every department of Hangzhou and its districts. */
    MockHttpSession archivist;

    @BeforeEach
    void signIn() throws Exception {
        long hangzhou = organization.departmentByCode("ZJ-HZ-BGT").orElseThrow().id();
        archivist = SignIn.staff(mvc, hangzhou, Set.of("DISCLOSURE_ARCHIVIST"), true).session();
    }

    static String indexNumber(String department, int year, String abbreviation) {
        return "%s-%d-%s-%05d".formatted(department, year, abbreviation, ThreadLocalRandom.current().nextInt(10_000, 99_999));
    }

    static String item(String indexNumber, String department, String title, String classification,
            String attachments) {
        return """
                {"indexNumber":%s,"department":"%s","title":"%s","body":"二〇二四年度存档正文。","category":"statistics",
                 "classification":"%s","disclosure":"PROACTIVE","publishedOn":"2024-06-30","attachments":[%s]}"""
                .formatted(indexNumber == null ? "null" : "\"" + indexNumber + "\"", department, title, classification,
                        attachments);
    }

    static String plain(String indexNumber, String department, String title, String classification) {
        return item(indexNumber, department, title, classification, "");
    }

    String load(String mode, String... items) {
        return "{\"mode\":%s,\"items\":[%s]}".formatted(mode == null ? "null" : "\"" + mode + "\"", String.join(",", items));
    }

    @Test
    void good_items_are_published_keeping_or_receiving_their_index_numbers() throws Exception {
        String kept = indexNumber("ZJ-HZ-BGT", 2024, "TJXX");
        mvc.perform(post("/api/v1/disclosure/publications:bulk").session(archivist).contentType(MediaType.APPLICATION_JSON)
                        .content(load("ALL_OR_NOTHING", plain(kept, "ZJ-HZ-BGT", "杭州市2023年人口抽样调查主要数据", "NONE"),
                                plain(null, "ZJ-HZ-XH-BGS", "西湖区2023年统计年报", "NONE"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("LOADED"))
                .andExpect(jsonPath("$.published").value(2))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.loaded[0].indexNumber").value(kept))
                .andExpect(jsonPath("$.loaded[1].indexNumber").value(org.hamcrest.Matchers.startsWith("ZJ-HZ-XH-BGS-2024-TJXX-")));
        mvc.perform(get("/api/v1/disclosure/published/" + kept))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedOn").value("2024-06-30"))
                .andExpect(jsonPath("$.departmentName").value("杭州市人民政府办公厅"));
    }

    @Test
    void a_multipart_load_takes_the_attachments_from_named_parts() throws Exception {
        String kept = indexNumber("ZJ-HZ-BGT", 2024, "TJXX");
        String manifest = load("ALL_OR_NOTHING", item(kept, "ZJ-HZ-BGT", "杭州市2023年统计年鉴摘要", "NONE",
                "{\"name\":\"年鉴摘要.docx\",\"file\":\"a1\"}"));
        mvc.perform(multipart("/api/v1/disclosure/publications:bulk")
                        .file(new MockMultipartFile("manifest", "", MediaType.APPLICATION_JSON_VALUE,
                                manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("a1", "yearbook.docx", "application/octet-stream",
                                PublishingFlowIT.wordDocument("年鉴摘要\n常住人口")))
                        .session(archivist))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("LOADED"))
                .andExpect(jsonPath("$.loaded[0].indexNumber").value(kept));
        mvc.perform(get("/api/v1/disclosure/published/" + kept))
                .andExpect(jsonPath("$.attachments[0].name").value("年鉴摘要.docx"))
                .andExpect(jsonPath("$.attachments[0].type").value("DOCX"));
    }

    @Test
    void all_or_nothing_loads_nothing_when_one_item_is_bad() throws Exception {
        String good = indexNumber("ZJ-HZ-BGT", 2024, "TJXX");
        mvc.perform(post("/api/v1/disclosure/publications:bulk").session(archivist).contentType(MediaType.APPLICATION_JSON)
                        .content(load("ALL_OR_NOTHING", plain(good, "ZJ-HZ-BGT", "合格条目", "NONE"),
                                plain(null, "ZJ-HZ-BGT", "涉密条目", "SECRET"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("NOTHING_LOADED"))
                .andExpect(jsonPath("$.published").value(0))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.rejections[0].item").value(1))
                .andExpect(jsonPath("$.rejections[0].field").value("items[1].classification"))
                .andExpect(jsonPath("$.rejections[0].rule").value("disclosure.classified"));
        mvc.perform(get("/api/v1/disclosure/published/" + good)).andExpect(status().isNotFound());
    }

    @Test
    void good_items_mode_publishes_the_good_and_reports_every_bad_item() throws Exception {
        String good = indexNumber("ZJ-HZ-BGT", 2024, "TJXX");
        String report = mvc.perform(post("/api/v1/disclosure/publications:bulk").session(archivist)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(load("GOOD_ITEMS",
                                plain(good, "ZJ-HZ-BGT", "合格条目", "NONE"),
                                plain(good, "ZJ-HZ-BGT", "索引号重复", "NONE"),
                                plain("ZJ-HZ-BGT-2023-TJXX-00001", "ZJ-HZ-BGT", "年份不符", "NONE"),
                                plain(null, "ZJ-TJ", "数据范围以外的部门", "NONE"),
                                plain(null, "NO-SUCH-DEPT", "未知部门", "NONE"),
                                item(null, "ZJ-HZ-BGT", "附件不是文档", "NONE",
                                        "{\"name\":\"表.docx\",\"contentBase64\":\"TVqQAAMAAAAEAAAA\"}"),
                                plain(null, "ZJ-HZ-BGT", "不予公开", "NONE").replace("PROACTIVE", "NOT_PUBLIC"),
                                plain(null, "ZJ-HZ-BGT", "日期有误", "NONE").replace("2024-06-30", "2024-02-30"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("LOADED"))
                .andExpect(jsonPath("$.received").value(8))
                .andExpect(jsonPath("$.published").value(1))
                .andExpect(jsonPath("$.rejected").value(7))
                .andExpect(jsonPath("$.loaded[0].indexNumber").value(good))
                .andExpect(jsonPath("$.rejections[?(@.item == 1)].rule").value("disclosure.index-number.taken"))
                .andExpect(jsonPath("$.rejections[?(@.item == 2)].rule").value("disclosure.index-number.format"))
                .andExpect(jsonPath("$.rejections[?(@.item == 3)].rule").value("disclosure.department.out-of-scope"))
                .andExpect(jsonPath("$.rejections[?(@.item == 4)].rule").value("disclosure.department.unknown"))
                .andExpect(jsonPath("$.rejections[?(@.item == 5)].field").value("items[5].attachments[0]"))
                .andExpect(jsonPath("$.rejections[?(@.item == 5)].rule").value("file.type"))
                .andExpect(jsonPath("$.rejections[?(@.item == 6)].rule").value("disclosure.not-public"))
                .andExpect(jsonPath("$.rejections[?(@.item == 7)].field").value(org.hamcrest.Matchers.hasItem("items[7].publishedOn")))
                .andReturn().getResponse().getContentAsString();
        long run = ((Number) com.jayway.jsonpath.JsonPath.read(report, "$.runId")).longValue();
        mvc.perform(get("/api/v1/disclosure/bulk-runs/" + run).session(archivist))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected").value(7))
                .andExpect(jsonPath("$.rejections[0].item").value(1));
    }

    @Test
    void a_request_without_mode_or_items_is_refused_and_authors_may_not_load() throws Exception {
        mvc.perform(post("/api/v1/disclosure/publications:bulk").session(archivist).contentType(MediaType.APPLICATION_JSON)
                        .content(load(null, plain(null, "ZJ-HZ-BGT", "无导入方式", "NONE"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("mode"));
        mvc.perform(post("/api/v1/disclosure/publications:bulk").session(archivist).contentType(MediaType.APPLICATION_JSON)
                        .content(load("GOOD_ITEMS")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("disclosure.bulk.empty"));
        long hangzhou = organization.departmentByCode("ZJ-HZ-BGT").orElseThrow().id();
        MockHttpSession author = SignIn.staff(mvc, hangzhou, Set.of("DISCLOSURE_AUTHOR"), false).session();
        mvc.perform(post("/api/v1/disclosure/publications:bulk").session(author).contentType(MediaType.APPLICATION_JSON)
                        .content(load("GOOD_ITEMS", plain(null, "ZJ-HZ-BGT", "无权导入", "NONE"))))
                .andExpect(status().isForbidden());
    }
}
