package org.yiwang.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

@PlatformTest
class DataScopeIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;

    long department(String code) {
        return organization.departmentByCode(code).orElseThrow().id();
    }

    @Test
    void staff_see_their_own_department_and_with_the_grant_their_line_in_subordinate_divisions() throws Exception {
        SignIn.Staff county = SignIn.staff(mvc, department("ZJ-HZ-XH-SCJG"), Set.of(), false);
        SignIn.Staff countyPolice = SignIn.staff(mvc, department("ZJ-HZ-XH-GA"), Set.of(), false);
        SignIn.Staff cityWithoutGrant = SignIn.staff(mvc, department("ZJ-HZ-SCJG"), Set.of(), false);
        SignIn.Staff cityWithGrant = SignIn.staff(mvc, department("ZJ-HZ-SCJG"), Set.of(), true);

        mvc.perform(get("/api/v1/identity/staff").session(county.session())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", Matchers.hasItem((int) county.accountId())))
                .andExpect(jsonPath("$[*].id", Matchers.not(Matchers.hasItem((int) cityWithGrant.accountId()))));
        mvc.perform(get("/api/v1/identity/staff").session(cityWithoutGrant.session()))
                .andExpect(jsonPath("$[*].id", Matchers.not(Matchers.hasItem((int) county.accountId()))));
        mvc.perform(get("/api/v1/identity/staff").session(cityWithGrant.session()))
                .andExpect(jsonPath("$[*].id", Matchers.hasItem((int) county.accountId())))
                .andExpect(jsonPath("$[*].id", Matchers.not(Matchers.hasItem((int) countyPolice.accountId()))));
    }

    @Test
    void citizens_have_no_staff_directory() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        mvc.perform(get("/api/v1/identity/staff").session(citizen.session())).andExpect(status().isForbidden());
    }
}
