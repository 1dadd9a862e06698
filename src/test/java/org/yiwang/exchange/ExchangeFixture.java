package org.yiwang.exchange;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.support.SyntheticPeople;

/** What the exchange tests do through the real endpoints: register people, ask for data, call the gateway. */
final class ExchangeFixture {

    static final String NONCE = "X-Yiwang-Nonce";
    static final String TIMESTAMP = "X-Yiwang-Timestamp";
    static final String SIGNATURE = "X-Yiwang-Signature";

    private ExchangeFixture() {
    }

    static String personJson(String idNumber, String name) {
        return """
                {"idNumber":"%s","name":"%s","ethnicity":"01","householdDivision":"330106",
                 "householdAddress":"浙江省杭州市西湖区文三路 90 号","currentAddress":"浙江省杭州市西湖区古墩路 1 号",
                 "phone":"13812341234","maritalStatus":"10"}""".formatted(idNumber, name);
    }

    static long registerPerson(MockMvc mvc, MockHttpSession keeper, String idNumber, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/registry/persons").session(keeper)
                        .contentType(MediaType.APPLICATION_JSON).content(personJson(idNumber, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.personId")).longValue();
    }

    static IdNumber registerPerson(MockMvc mvc, MockHttpSession keeper) throws Exception {
        IdNumber id = SyntheticPeople.idNumber();
        registerPerson(mvc, keeper, id.value(), "共享测试");
        return id;
    }

    static CreditCode registerEntity(MockMvc mvc, MockHttpSession keeper, IdNumber representative) throws Exception {
        CreditCode code = SyntheticPeople.creditCode();
        mvc.perform(post("/api/v1/registry/entities").session(keeper).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"creditCode":"%s","name":"杭州共享测试有限公司","type":"LIMITED_LIABILITY_COMPANY",
                                 "legalRepresentativeIdNumber":"%s","registeredCapital":"100000.00","establishedOn":"2020-01-15",
                                 "registrationAuthority":"杭州市西湖区市场监督管理局","domicileDivision":"330106",
                                 "domicileAddress":"浙江省杭州市西湖区文一西路 969 号","businessScope":"软件开发","status":"SUBSISTING"}"""
                                .formatted(code.value(), representative.value())))
                .andExpect(status().isCreated());
        return code;
    }

    static String requestJson(String resourceCode, String items, String method, String callback, String keyPem) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        return """
                {"resourceCode":"%s","items":[%s],"purpose":"核验社会保险参保人员身份","legalBasis":"《社会保险法》第五十七条",
                 "method":"%s","validFrom":"%s","validUntil":"%s","expectedVolume":500,"callbackUrl":%s,"consumerKeyPem":%s}"""
                .formatted(resourceCode, items, method, today, today.plusDays(180),
                        callback == null ? "null" : "\"" + callback + "\"",
                        keyPem == null ? "null" : "\"" + keyPem.replace("\n", "\\n") + "\"");
    }

    /** A gateway call with a fresh nonce and the current time; {@code query} as it goes on the wire. */
    static MockHttpServletRequestBuilder gateway(MockHttpSession session, String resourceCode, String query) {
        return gateway(session, resourceCode, query, UUID.randomUUID().toString(), Instant.now().toString());
    }

    static MockHttpServletRequestBuilder gateway(MockHttpSession session, String resourceCode, String query,
            String nonce, String timestamp) {
        return get("/api/v1/exchange/" + resourceCode + "/records?" + query).session(session)
                .header(NONCE, nonce).header(TIMESTAMP, timestamp);
    }
}
