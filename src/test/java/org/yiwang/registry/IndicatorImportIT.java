package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.support.PlatformTest;

/**
 * Bulk import of the macro-economic register through the API and the page. Each test writes its own years of
 * 衢州市 (330800) so that tests do not see each other's rows: the demo statistics cover only recent years.
 */
@PlatformTest
class IndicatorImportIT {

    static final String HEADER = "indicator,division_code,period,value,source_department\n";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    static RequestPostProcessor keeper() {
        return user("importer-test").authorities(new SimpleGrantedAuthority("registry:import"));
    }

    @Test
    void a_good_file_loads_and_loading_it_again_changes_nothing() throws Exception {
        String csv = HEADER + "gdp,330800,1961,12.5,ZJ-TJ\ngdp,330800,1962,13.5,ZJ-TJ\ncpi,330800,1962-03,101.2,ZJ-TJ\n";
        upload(csv, "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.rowsRead").value(3))
                .andExpect(jsonPath("$.run.rowsChanged").value(3))
                .andExpect(jsonPath("$.run.outcome").value("LOADED"));
        upload(csv, "ALL_OR_NOTHING", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(0))
                .andExpect(jsonPath("$.run.rowsUnchanged").value(3));
        assertThat(values("1961", "1962")).isEqualTo(3);
    }

    @Test
    void a_changed_value_is_kept_in_the_history_with_its_old_value() throws Exception {
        upload(HEADER + "gdp,330800,1973,10,ZJ-TJ\n", "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(1));
        upload(HEADER + "gdp,330800,1973,11.5,ZJ-TJ\n", "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(1));
        upload(HEADER + "gdp,330800,1973,11.5,ZJ-TJ\n", "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(0));
        assertThat(jdbc.queryForList("""
                select kind || ' ' || coalesce(old_value::text, '-') || ' ' || new_value || ' ' || actor
                  from registry.indicator_value_history
                 where indicator_code = 'gdp' and division_code = '330800' and period = '1973' order by id""",
                String.class))
                .containsExactly("REGISTERED - 10.0000 importer-test", "UPDATED 10.0000 11.5000 importer-test");
    }

    @Test
    void good_rows_load_and_every_bad_row_is_reported_with_its_line() throws Exception {
        String csv = HEADER
                + "gdp,330800,1963,1,ZJ-TJ\n"
                + "gdp,330899,1963,1,ZJ-TJ\n"
                + "gdp,330800,1963Q1,1,ZJ-TJ\n"
                + "happiness,330800,1963,1,ZJ-TJ\n"
                + "gdp,330800,1963,2,ZJ-TJ\n"
                + "gdp,330800,1964,many,ZJ-TJ\n"
                + "gdp,330800\n";
        String body = upload(csv, "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.rowsRead").value(7))
                .andExpect(jsonPath("$.run.rowsChanged").value(1))
                .andExpect(jsonPath("$.run.rowsRejected").value(6))
                .andExpect(jsonPath("$.rejections", hasSize(6)))
                .andExpect(jsonPath("$.rejections[0].line").value(3))
                .andExpect(jsonPath("$.rejections[0].reason").value("行政区划 330899 不存在。"))
                .andExpect(jsonPath("$.rejections[1].line").value(4))
                .andExpect(jsonPath("$.rejections[2].reason").value("没有代码为 happiness 的指标。"))
                .andExpect(jsonPath("$.rejections[3].line").value(6))
                .andExpect(jsonPath("$.rejections[3].reason").value("与第 2 行重复（同一指标、地区和期间）。"))
                .andExpect(jsonPath("$.rejections[5].line").value(8))
                .andReturn().getResponse().getContentAsString();
        assertThat(values("1963", "1964")).isEqualTo(1);
        String id = body.replaceAll("(?s).*\"run\":\\{\"id\":(\\d+).*", "$1");
        mvc.perform(get("/api/v1/registry/imports/" + id + "/rejections.csv").with(keeper()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("line,reason\n3,行政区划 330899 不存在。\n")));
    }

    @Test
    void all_or_nothing_loads_nothing_when_one_row_is_bad() throws Exception {
        upload(HEADER + "gdp,330800,1965,1,ZJ-TJ\ngdp,330800,1966,1,NOBODY\n", "ALL_OR_NOTHING", "UTF-8",
                StandardCharsets.UTF_8)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.outcome").value("NOTHING_LOADED"))
                .andExpect(jsonPath("$.run.rowsChanged").value(0))
                .andExpect(jsonPath("$.rejections[0].line").value(3));
        assertThat(values("1965", "1966")).isZero();
    }

    @Test
    void a_gb18030_file_loads_with_its_chinese_intact_and_a_bom_is_skipped_in_utf8() throws Exception {
        upload(HEADER + "gdp,330800,1967,1,ZJ-TJ\ngdp,330800,1967,2,浙江省统计局\n", "GOOD_ROWS", "GB18030",
                Charset.forName("GB18030"))
                .andExpect(jsonPath("$.rejections[0].reason").value("来源部门 浙江省统计局 不存在。"));
        upload("\uFEFF" + HEADER + "gdp,330800,1968,1,ZJ-TJ\n", "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(1));
        assertThat(values("1967", "1968")).isEqualTo(2);
    }

    @Test
    void a_file_in_another_encoding_is_refused_whole_naming_the_encoding() throws Exception {
        upload(HEADER + "gdp,330800,1969,1,ZJ-TJ\ngdp,330800,1970,1,浙江省统计局\n", "GOOD_ROWS", "UTF-8",
                Charset.forName("GB18030"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("import.encoding.invalid"))
                .andExpect(jsonPath("$.detail", containsString("UTF-8")));
        assertThat(values("1969", "1970")).isZero();
    }

    @Test
    void a_file_without_the_required_columns_or_mode_is_refused() throws Exception {
        upload("indicator,division_code\ngdp,330800\n", "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("import.columns"));
        mvc.perform(multipart("/api/v1/registry/imports/indicators").file(file(HEADER, StandardCharsets.UTF_8))
                        .with(keeper()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/registry/imports/parcels-of-mars").file(file(HEADER, StandardCharsets.UTF_8))
                        .param("mode", "GOOD_ROWS").with(keeper()))
                .andExpect(status().isNotFound());
    }

    @Test
    void importing_needs_the_permission() throws Exception {
        mvc.perform(multipart("/api/v1/registry/imports/indicators").file(file(HEADER, StandardCharsets.UTF_8))
                        .param("mode", "GOOD_ROWS")
                        .with(user("clerk-test").authorities(new SimpleGrantedAuthority("workbench:use"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_page_uploads_a_file_and_shows_its_report() throws Exception {
        String report = mvc.perform(multipart("/admin/registry/imports")
                        .file(file(HEADER + "gdp,330800,1971,1,ZJ-TJ\ngdp,330800,1972,x,ZJ-TJ\n", StandardCharsets.UTF_8))
                        .param("register", "indicators").param("mode", "GOOD_ROWS").param("encoding", "UTF-8")
                        .with(keeper()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/registry/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(report).with(keeper()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("读取 2 行，变更 1 行，未变 0 行，拒绝 1 行。")));
        mvc.perform(multipart("/admin/registry/imports").file(file(HEADER, StandardCharsets.UTF_8))
                        .param("register", "indicators").param("encoding", "UTF-8").with(keeper()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请选择有错误行时的处理方式")));
    }

    private ResultActions upload(String csv, String mode, String encoding, Charset charset) throws Exception {
        return mvc.perform(multipart("/api/v1/registry/imports/indicators").file(file(csv, charset))
                .param("mode", mode).param("encoding", encoding).with(keeper()));
    }

    private static MockMultipartFile file(String csv, Charset charset) {
        return new MockMultipartFile("file", "values.csv", "text/csv", csv.getBytes(charset));
    }

    private int values(String fromYear, String toYear) {
        return jdbc.queryForObject("""
                select count(*) from registry.indicator_value
                 where division_code = '330800' and period_start between ?::date and ?::date""", Integer.class,
                fromYear + "-01-01", toYear + "-12-31");
    }
}
