package org.yiwang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yiwang.support.PlatformTest;

/** The public portal on the demo corpus: sections, catalogue, permanent pages and each department's Atom feed. */
@PlatformTest
class DisclosurePortalIT {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired MockMvc mvc;

    @Test
    void the_department_feed_is_valid_atom_listing_its_publications() throws Exception {
        byte[] xml = mvc.perform(get("/disclosure/departments/ZJ-TJ/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, "title")).isEqualTo("浙江省统计局政府信息公开");
        Instant.parse(text(root, "updated"));
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isGreaterThanOrEqualTo(6);
        Element newest = (Element) entries.item(0);
        assertThat(text(newest, "title")).isEqualTo("2026年前三季度浙江省经济运行情况");
        assertThat(text(newest, "id")).endsWith("/disclosure/publications/ZJ-TJ-2026-TJXX-00002");
        Instant.parse(text(newest, "published"));
        assertThat(((Element) newest.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"))
                .isEqualTo("statistics");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(text(entry, "id")).isNotBlank();
            assertThat(text(entry, "updated")).isNotBlank();
            assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                    .contains("/disclosure/publications/ZJ-TJ-");
        }
    }

    @Test
    void every_publication_has_its_permanent_page_and_a_withdrawn_one_says_so() throws Exception {
        mvc.perform(get("/disclosure/publications/ZJ-HZ-YB-2025-ZCWJ-00001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("杭医保发〔2025〕22号")))
                .andExpect(content().string(containsString("城乡居民基本医疗保险筹资标准")));
        mvc.perform(get("/disclosure/publications/ZJ-BGT-2025-TZGG-00001"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("培训时间调整")));
        mvc.perform(get("/disclosure/publications/ZJ-TJ-2099-TJXX-00001")).andExpect(status().isNotFound());
        mvc.perform(get("/disclosure/publications/<script>")).andExpect(status().is4xxClientError());
    }

    @Test
    void a_department_section_lists_its_catalogue_by_category() throws Exception {
        mvc.perform(get("/disclosure/departments/ZJ-CZ").param("category", "budget"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("浙江省财政厅2026年部门预算")))
                .andExpect(content().string(containsString("浙江省财政厅2024年度部门决算")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("政府采购意向公开工作的通知"))));
        mvc.perform(get("/disclosure/departments/ZJ-CZ/guide"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("政府信息公开指南")));
        mvc.perform(get("/disclosure/departments/NO-SUCH/feed.atom")).andExpect(status().isNotFound());
        mvc.perform(get("/disclosure").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Government information")));
    }

    @Test
    void the_demo_attachments_are_word_documents() throws Exception {
        mvc.perform(get("/disclosure/publications/ZJ-RS-2025-RSXX-00001/attachments/0"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
