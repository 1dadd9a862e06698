package org.yiwang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;

@PlatformTest
class RegistrationIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void rejects_an_id_number_with_a_wrong_check_character_in_the_callers_language() throws Exception {
        String valid = SyntheticPeople.idNumber().value();
        String wrong = valid.substring(0, 17) + (valid.endsWith("1") ? "2" : "1");
        int before = accounts();
        register(wrong, "张三", "13800001234", SignIn.PASSWORD, "zh-CN")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"))
                .andExpect(jsonPath("$.errors[0].rule").value("id-number.check-character"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("校验")));
        register(wrong, "张三", "13800001234", SignIn.PASSWORD, "en")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsStringIgnoringCase("check")));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void reports_every_broken_rule_at_once() throws Exception {
        register("12345", "x", "999", "weak", "zh-CN")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("idNumber", "name", "phone", "password")));
    }

    @Test
    void rejects_weak_passwords() throws Exception {
        register(SyntheticPeople.idNumber().value(), "李四", "13800001234", "alllowercase", "zh-CN")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("password.classes"));
        register(SyntheticPeople.idNumber().value(), "李四", "13800001234", "Sh0rt!", "zh-CN")
                .andExpect(jsonPath("$.errors[0].rule").value("password.length"));
    }

    @Test
    void rejects_a_second_registration_of_the_same_person() throws Exception {
        String id = SyntheticPeople.idNumber().value();
        register(id, "王五", "13800001234", SignIn.PASSWORD, "zh-CN").andExpect(status().isCreated());
        int before = accounts();
        register(id, "王五", "13800001234", SignIn.PASSWORD, "zh-CN")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("citizen.already-registered"));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void rejects_malformed_and_oversized_json() throws Exception {
        mvc.perform(post("/api/v1/identity/citizens").contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").exists());
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        mvc.perform(post("/api/v1/identity/citizens").contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void a_citizen_registers_his_enterprise_as_its_legal_representative() throws Exception {
        SignIn.Citizen representative = SignIn.citizen(mvc);
        String code = SyntheticPeople.creditCode().value();
        mvc.perform(post("/api/v1/identity/enterprises").session(representative.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"creditCode\":\"%s\",\"name\":\"杭州测试科技有限公司\",\"password\":\"%s\"}"
                                .formatted(code, SignIn.PASSWORD)))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select legal_representative from identity.account where credit_code = ?",
                Long.class, code)).isEqualTo(representative.accountId());
        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(code, SignIn.PASSWORD)))
                .andExpect(jsonPath("$.status").value("SIGNED_IN"))
                .andExpect(jsonPath("$.account.kind").value("ENTERPRISE"));
    }

    @Test
    void an_enterprise_cannot_be_registered_without_a_signed_in_representative() throws Exception {
        mvc.perform(post("/api/v1/identity/enterprises").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"creditCode\":\"%s\",\"name\":\"某公司\",\"password\":\"%s\"}"
                                .formatted(SyntheticPeople.creditCode().value(), SignIn.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void rejects_an_invalid_credit_code() throws Exception {
        SignIn.Citizen representative = SignIn.citizen(mvc);
        mvc.perform(post("/api/v1/identity/enterprises").session(representative.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"creditCode\":\"91330106MA0000000I\",\"name\":\"某公司\",\"password\":\"%s\"}"
                                .formatted(SignIn.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
    }

    private ResultActions register(String id, String name, String phone, String password, String language) throws Exception {
        return mvc.perform(post("/api/v1/identity/citizens").header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"%s\",\"name\":\"%s\",\"phone\":\"%s\",\"password\":\"%s\"}"
                        .formatted(id, name, phone, password)));
    }

    private int accounts() {
        return jdbc.queryForObject("select count(*) from identity.account", Integer.class);
    }
}
