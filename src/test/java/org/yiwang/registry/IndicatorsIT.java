package org.yiwang.registry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.support.PlatformTest;

/** The macro-economic register: public series over the demo statistics, values entered by keepers. */
@PlatformTest
class IndicatorsIT {

    static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

    @Autowired MockMvc mvc;

    static RequestPostProcessor keeper() {
        return user("statistician-test").authorities(new SimpleGrantedAuthority("registry:indicator:manage"));
    }

    @Test
    void anyone_may_list_the_indicators_with_unit_and_frequency() throws Exception {
        mvc.perform(get("/api/v1/registry/indicators"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("gdp", "resident-population", "budget-revenue", "cpi")))
                .andExpect(jsonPath("$[?(@.code == 'gdp')].unit").value("亿元"))
                .andExpect(jsonPath("$[?(@.code == 'retail-sales')].frequency").value("QUARTERLY"));
    }

    @Test
    void a_series_covers_the_years_asked_for_in_order() throws Exception {
        mvc.perform(get("/api/v1/registry/indicators/gdp/series").param("division", "330100")
                        .param("from", String.valueOf(LAST_YEAR - 4)).param("to", String.valueOf(LAST_YEAR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator.name").value("地区生产总值"))
                .andExpect(jsonPath("$.series", hasSize(1)))
                .andExpect(jsonPath("$.series[0].divisionName").value("杭州市"))
                .andExpect(jsonPath("$.series[0].points", hasSize(5)))
                .andExpect(jsonPath("$.series[0].points[0].period").value(String.valueOf(LAST_YEAR - 4)))
                .andExpect(jsonPath("$.series[0].points[4].period").value(String.valueOf(LAST_YEAR)))
                .andExpect(jsonPath("$.series[0].points[0].sourceDepartment").value("ZJ-TJ"));
    }

    @Test
    void a_year_bound_takes_in_the_quarters_and_months_of_that_year() throws Exception {
        mvc.perform(get("/api/v1/registry/indicators/retail-sales/series").param("division", "330000", "330200")
                        .param("from", String.valueOf(LAST_YEAR)).param("to", String.valueOf(LAST_YEAR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series", hasSize(2)))
                .andExpect(jsonPath("$.series[1].points[*].period", hasItems(LAST_YEAR + "Q1", LAST_YEAR + "Q4")))
                .andExpect(jsonPath("$.series[1].points", hasSize(4)));
        mvc.perform(get("/api/v1/registry/indicators/cpi/series").param("division", "330000")
                        .param("from", LAST_YEAR + "Q2").param("to", LAST_YEAR + "-07"))
                .andExpect(jsonPath("$.series[0].points", hasSize(4)))
                .andExpect(jsonPath("$.series[0].points[0].period").value(LAST_YEAR + "-04"));
    }

    @Test
    void bad_questions_are_400_problems_and_unknown_indicators_404() throws Exception {
        mvc.perform(get("/api/v1/registry/indicators/gdp/series").param("division", "330100").param("from", "2025H1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].rule").value("indicator.query.period"));
        mvc.perform(get("/api/v1/registry/indicators/gdp/series"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("indicator.query.divisions"));
        mvc.perform(get("/api/v1/registry/indicators/gdp/series").param("division", "330199"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("indicator.query.division"));
        mvc.perform(get("/api/v1/registry/indicators/happiness/series").param("division", "330100")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no indicator with code happiness."));
    }

    @Test
    void a_keeper_enters_a_value_once_and_entering_it_again_changes_nothing() throws Exception {
        String body = "{\"value\":1234.5678,\"sourceDepartment\":\"ZJ-TJ\"}";
        mvc.perform(put("/api/v1/registry/indicators/budget-revenue/values/330500/1990").with(keeper())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(true));
        mvc.perform(put("/api/v1/registry/indicators/budget-revenue/values/330500/1990").with(keeper())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.changed").value(false));
        mvc.perform(get("/api/v1/registry/indicators/budget-revenue/series").param("division", "330500")
                        .param("from", "1990").param("to", "1990"))
                .andExpect(jsonPath("$.series[0].points[0].value").value(1234.5678));
    }

    @Test
    void a_value_must_fit_the_indicators_frequency_and_come_from_a_known_department() throws Exception {
        mvc.perform(put("/api/v1/registry/indicators/gdp/values/330100/2024Q1").with(keeper())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":1,\"sourceDepartment\":\"NOBODY\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].rule", hasItems("indicator.period.annual", "indicator.source.unknown")));
    }

    @Test
    void entering_values_needs_a_keeper() throws Exception {
        mvc.perform(put("/api/v1/registry/indicators/gdp/values/330100/1991")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":1,\"sourceDepartment\":\"ZJ-TJ\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/registry/indicators/gdp/values/330100/1991")
                        .with(user("staff-test").authorities(new SimpleGrantedAuthority("workbench:use")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":1,\"sourceDepartment\":\"ZJ-TJ\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_public_page_draws_the_chosen_series_as_an_svg_line_chart() throws Exception {
        mvc.perform(get("/registry/indicators").param("indicator", "gdp").param("division", "330100", "330200"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("<polyline")))
                .andExpect(content().string(containsString(">宁波市</text>")));
        mvc.perform(get("/registry/indicators").param("from", "later"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("期间 later 须写作")));
    }
}
