package org.yiwang.common;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yiwang.support.PlatformTest;

@PlatformTest
class ValidationApiIT {

    @Autowired MockMvc mvc;

    ResultActions validate(String kind, String value, String language) throws Exception {
        var request = post("/api/v1/validation/" + kind).contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":\"" + value + "\"}");
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request);
    }

    @Test
    void valid_id_number_answers_with_its_parts() throws Exception {
        validate("id-number", "11010519491231002x", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.value").value("11010519491231002X"))
                .andExpect(jsonPath("$.masked").value("110105********002X"))
                .andExpect(jsonPath("$.divisionCode").value("110105"))
                .andExpect(jsonPath("$.birthDate").value("1949-12-31"))
                .andExpect(jsonPath("$.sex").value("FEMALE"));
    }

    @Test
    void id_number_with_wrong_check_character_is_refused_in_chinese_by_default() throws Exception {
        validate("id-number", "110105194912310021", null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://yiwang.org/problems/rule-violation"))
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].rule").value("id-number.check-character"))
                .andExpect(jsonPath("$.errors[0].message").value("公民身份号码校验码不正确，请检查是否输错。"));
    }

    @Test
    void refusal_is_in_english_when_the_caller_asks_for_it() throws Exception {
        validate("id-number", "110105194902300020", "en")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("id-number.birth-date"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Digits 7 to 14, 19490230, are not a valid birth date on or after 1 January 1900."));
    }

    @Test
    void valid_credit_code_answers_with_authority_type_division_and_organisation_code() throws Exception {
        validate("credit-code", "91350100M000100Y43", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.authority.code").value("9"))
                .andExpect(jsonPath("$.authority.name").value("工商"))
                .andExpect(jsonPath("$.type.code").value("1"))
                .andExpect(jsonPath("$.type.name").value("企业"))
                .andExpect(jsonPath("$.divisionCode").value("350100"))
                .andExpect(jsonPath("$.organizationCode").value("M000100Y4"));
    }

    @Test
    void credit_code_with_a_letter_o_is_refused_naming_its_position() throws Exception {
        validate("credit-code", "91350100M00O100Y43", null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("credit-code.characters"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("统一社会信用代码第 12 位“O”不可用")));
        validate("credit-code", "91350100M00O100Y43", "en")
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("Character 12 (\"O\") cannot be used")));
    }

    @Test
    void credit_code_with_an_impossible_type_is_refused() throws Exception {
        validate("credit-code", "94350100M000100Y4R", "en")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("credit-code.type"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The second character, \"4\", is not an organisation type of registering authority \"9\"."));
    }

    @Test
    void division_code_answers_with_level_and_parent() throws Exception {
        validate("division-code", "110105", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("COUNTY"))
                .andExpect(jsonPath("$.parent").value("110100"));
        validate("division-code", "11010", null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("division-code.format"))
                .andExpect(jsonPath("$.errors[0].message").value("行政区划代码应为 6 位数字。"));
    }

    @Test
    void missing_value_is_refused_and_a_body_that_is_no_json_is_malformed() throws Exception {
        mvc.perform(post("/api/v1/validation/id-number").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("id-number.required"));
        mvc.perform(post("/api/v1/validation/id-number").contentType(MediaType.APPLICATION_JSON).content("{\"value\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://yiwang.org/problems/malformed-request"));
    }
}
