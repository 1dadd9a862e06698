package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yiwang.common.IdNumber;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;

/** The keepers' pages: correcting a person's record on a form, and the record's history as keeper and as reader. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaintenancePagesIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;
    @Autowired PopulationRegister population;

    SignIn.Staff keeper;
    SignIn.Staff reader;
    long personId;
    IdNumber id;

    @BeforeAll
    void setUp() throws Exception {
        long department = organization.departmentByCode("ZJ-HZ-XH-GA").orElseThrow().id();
        keeper = SignIn.staff(mvc, department, Set.of("REGISTRY_KEEPER"), false);
        reader = SignIn.staff(mvc, department, Set.of("REGISTRY_READER"), false);
        id = SyntheticPeople.idNumber();
        personId = population.register(new PersonInput(id.value(), "柳青青", null, null, "01", "330106",
                "浙江省杭州市西湖区曙光路 12 号", null, "13900007777", "10", null),
                new ChangeSource(department, "setup")).value();
    }

    MockHttpServletRequestBuilder save(String name, String phone) {
        return post("/registry/persons/" + personId + "/edit").session(keeper.session()).with(csrf())
                .param("idNumber", id.value()).param("name", name).param("ethnicity", "01")
                .param("householdDivision", "330106").param("householdAddress", "浙江省杭州市西湖区曙光路 12 号")
                .param("currentAddress", "").param("phone", phone).param("maritalStatus", "20")
                .param("status", "LIVING");
    }

    @Test
    void a_keeper_corrects_a_record_and_sees_every_broken_rule_on_the_form_first() throws Exception {
        mvc.perform(get("/registry/persons/" + personId + "/edit").session(keeper.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + id.value() + "\"")))
                .andExpect(content().string(containsString("value=\"13900007777\"")));
        mvc.perform(save("柳青青2", "12345"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("姓名只能包含文字")))
                .andExpect(content().string(containsString("电话号码应为 11 位手机号")))
                .andExpect(content().string(containsString("value=\"柳青青2\"")));
        assertThat(jdbc.sql("select version from registry.person where id = ?").param(personId).query(Integer.class)
                .single()).isEqualTo(1);
        mvc.perform(save("柳青", "13900008888"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/registry/persons/" + personId + "/history?saved"));
        mvc.perform(get("/registry/persons/" + personId + "/history").param("saved", "").session(keeper.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("修改已保存")))
                .andExpect(content().string(containsString("柳青青")))
                .andExpect(content().string(containsString("已变更（敏感信息，不显示其值）")))
                .andExpect(content().string(not(containsString("13900008888"))));
    }

    @Test
    void a_reader_sees_the_history_masked_and_cannot_edit() throws Exception {
        mvc.perform(get("/registry/persons/" + personId + "/history").session(reader.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("柳**")))
                .andExpect(content().string(containsString("浙江省杭州市西湖区****")))
                .andExpect(content().string(not(containsString("曙光路"))));
        mvc.perform(get("/registry/persons/" + personId + "/edit").session(reader.session()))
                .andExpect(status().isForbidden());
        long uses = jdbc.sql("select count(*) from registry.data_use where purpose = '查看登记记录变更历史' and account like ?")
                .param(reader.username() + "%").query(Long.class).single();
        assertThat(uses).isEqualTo(1);
    }
}
