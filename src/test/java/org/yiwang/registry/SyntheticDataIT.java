package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;

/** The system administrator downloads synthetic registers of the configured province from the admin page. */
@PlatformTest
class SyntheticDataIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory directory;

    static RequestPostProcessor sysadmin() {
        return user("sysadmin-test").authorities(new SimpleGrantedAuthority("registry:generate"));
    }

    @Test
    void people_are_issued_in_real_counties_of_the_province_in_gb18030_if_asked() throws Exception {
        byte[] body = mvc.perform(post("/admin/registry/synthetic").with(sysadmin()).with(csrf())
                        .param("kind", "people").param("count", "300").param("seed", "42").param("encoding", "GB18030"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("GB18030")))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> rows = parse(new String(body, Charset.forName("GB18030")));
        assertThat(rows).hasSize(300);
        for (CSVRecord row : rows) {
            IdNumber id = IdNumber.parse(row.get("id_number"));
            assertThat(directory.isWithin(id.divisionCode().value(), "330000")).isTrue();
            assertThat(directory.division(id.divisionCode().value())).isPresent();
            assertThat(row.get("birth_date")).isEqualTo(id.birthDate().toString());
            assertThat(row.get("household_address")).startsWith("浙江省");
        }
    }

    @Test
    void entities_are_represented_by_people_of_the_same_seed() throws Exception {
        String people = mvc.perform(post("/admin/registry/synthetic").with(sysadmin()).with(csrf())
                        .param("kind", "people").param("count", "200").param("seed", "7"))
                .andReturn().getResponse().getContentAsString(Charset.forName("UTF-8"));
        String entities = mvc.perform(post("/admin/registry/synthetic").with(sysadmin()).with(csrf())
                        .param("kind", "entities").param("count", "50").param("seed", "7").param("people", "200"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(Charset.forName("UTF-8"));
        List<String> ids = parse(people).stream().map(r -> r.get("id_number")).toList();
        List<CSVRecord> rows = parse(entities);
        assertThat(rows).hasSize(50);
        for (CSVRecord row : rows) {
            CreditCode.parse(row.get("credit_code"));
            assertThat(ids).contains(row.get("legal_representative_id_number"));
        }
    }

    @Test
    void the_page_refuses_more_rows_than_it_serves_and_needs_the_permission() throws Exception {
        mvc.perform(post("/admin/registry/synthetic").with(sysadmin()).with(csrf())
                        .param("kind", "people").param("count", "100001").param("seed", "1"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/admin/registry/synthetic").with(sysadmin())).andExpect(status().isOk());
        mvc.perform(get("/admin/registry/synthetic")
                        .with(user("clerk").authorities(new SimpleGrantedAuthority("workbench:use"))))
                .andExpect(status().isForbidden());
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }
}
