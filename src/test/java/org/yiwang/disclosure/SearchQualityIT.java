package org.yiwang.disclosure;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.support.PlatformTest;

/**
 * Search quality on the demo corpus (data/demo/disclosure-publications.yaml): for each query the publication
 * that a reader means must come first, including two-character queries and words found only in an attachment.
 */
@PlatformTest
class SearchQualityIT {

    @Autowired MockMvc mvc;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            流感疫苗          | ZJ-WJ-2025-TZGG-00001
            HPV               | ZJ-HZ-XH-WJ-2025-TZGG-00001
            老旧小区          | ZJ-HZ-XH-BGS-2025-GHJH-00001
            任免              | ZJ-HZ-XH-BGS-2025-RSXX-00001
            招生              | ZJ-HZ-XH-BGS-2026-TZGG-00001
            电动自行车        | ZJ-HZ-SCJG-2026-TZGG-00001
            抽检              | ZJ-HZ-SCJG-2025-TZGG-00001
            好差评            | ZJ-BGT-2026-TZGG-00001
            见习              | ZJ-HZ-RS-2026-TZGG-00001
            决算              | ZJ-CZ-2025-CZYJS-00002
            政府采购          | ZJ-CZ-2025-ZCWJ-00001
            春风行动          | ZJ-HZ-XH-RS-2026-TZGG-00001
            订餐              | ZJ-HZ-XH-SCJG-2026-TZGG-00001
            筹资标准          | ZJ-HZ-YB-2025-ZCWJ-00001
            十问十答          | ZJ-HZ-YB-2025-ZCJD-00001
            公共数据          | ZJ-BGT-2026-ZCWJ-00001
            国庆              | ZJ-HZ-BGT-2026-TZGG-00001
            2024 统计公报     | ZJ-TJ-2025-TJXX-00001
            电子卖场          | ZJ-CZ-2025-CZYJS-00001
            运维岗            | ZJ-RS-2025-RSXX-00001
            """)
    void the_publication_meant_comes_first(String q, String indexNumber) throws Exception {
        mvc.perform(get("/api/v1/disclosure/search").param("q", q))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].indexNumber").value(indexNumber));
    }

    @Test
    void a_withdrawn_publication_is_not_found() throws Exception {
        mvc.perform(get("/api/v1/disclosure/search").param("q", "培训班"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].indexNumber", not(hasItem("ZJ-BGT-2025-TZGG-00001"))));
    }

    @Test
    void a_two_character_query_finds_the_longer_words_and_marks_them() throws Exception {
        mvc.perform(get("/api/v1/disclosure/search").param("q", "执照"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThan(0)))
                .andExpect(jsonPath("$.hits[0].snippetHtml").value(org.hamcrest.Matchers.containsString("<em>执照</em>")));
    }

    @Test
    void filters_and_date_order_apply_to_the_demo_corpus() throws Exception {
        mvc.perform(get("/api/v1/disclosure/search").param("q", "预算").param("category", "budget")
                        .param("sort", "date"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].category", everyItem(org.hamcrest.Matchers.is("budget"))))
                .andExpect(jsonPath("$.hits[0].indexNumber").value("ZJ-CZ-2026-CZYJS-00001"))
                .andExpect(jsonPath("$.filters.categories[?(@.value == 'budget')].chosen").value(true));
    }

    @Test
    void a_near_miss_is_answered_with_a_suggestion() throws Exception {
        mvc.perform(get("/api/v1/disclosure/search").param("q", "电动自行军"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.suggestion").value("电动自行车"));
    }
}
