package org.yiwang.disclosure;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/** Disclosure on request through the whole stack: filing, the statutory due date, tracking, refusals, the annual report. */
@PlatformTest
class DisclosureRequestsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory organization;

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
    void the_annual_report_is_public() throws Exception {
        int year = Year.now().getValue();
        mvc.perform(get("/disclosure/annual-reports/ZJ-HZ-XH-SCJG/" + year)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/disclosure/annual-reports/ZJ-HZ-XH-SCJG/" + year)).andExpect(status().isOk());
    }
}
