package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.support.PlatformTest;

/** The catalog: public browsing by event, department and Chinese search; maintenance by the catalog keepers. */
@PlatformTest
class ServiceCatalogIT {

    @Autowired MockMvc mvc;

    @Test
    void anyone_browses_the_catalog_by_life_event_enterprise_event_and_department() throws Exception {
        assertThat(names("/api/v1/services/items")).contains("就业登记", "食品经营许可", "企业简易注销登记");
        assertThat(names("/api/v1/services/items?lifeEvent=出生")).singleElement().asString().startsWith("出生一件事");
        assertThat(names("/api/v1/services/items?enterpriseEvent=开办")).singleElement().asString().startsWith("企业开办");
        assertThat(names("/api/v1/services/items?department=ZJ-HZ-XH-RS"))
                .contains("基本养老金申领", "就业登记").anyMatch(n -> n.startsWith("企业开办"));
        mvc.perform(get("/api/v1/services/items/XH-SPJY-002")).andExpect(status().isOk())
                .andExpect(jsonPath("$.statutoryDays").value(20)).andExpect(jsonPath("$.promisedDays").value(5))
                .andExpect(jsonPath("$.processKey").value("serialLicensing"))
                .andExpect(jsonPath("$.materials[0].register").value("legalEntity"))
                .andExpect(jsonPath("$.legalBasis").isNotEmpty()).andExpect(jsonPath("$.visits").value(0));
        mvc.perform(get("/api/v1/services/items/NO-SUCH-ITEM")).andExpect(status().isNotFound());
        mvc.perform(get("/services?lifeEvent=退休")).andExpect(status().isOk());
    }

    @Test
    void a_two_character_search_finds_the_items_that_contain_it() throws Exception {
        assertThat(names("/api/v1/services/items?q=执照")).anyMatch(n -> n.startsWith("企业开办")).contains("食品经营许可");
        assertThat(names("/api/v1/services/items?q=注销")).containsExactly("企业简易注销登记");
        assertThat(names("/api/v1/services/items?q=养老金")).containsExactly("基本养老金申领");
        assertThat(names("/api/v1/services/items?q=火星移民")).isEmpty();
    }

    @Test
    void a_catalog_keeper_adds_an_item_and_every_broken_rule_is_named() throws Exception {
        String bad = """
                {"name":"","kind":"LICENSING","audience":"CITIZEN","leadDepartment":"ZJ-NOWHERE","legalBasis":"依据",
                 "conditions":"条件","materials":"[]","form":"[{\\"name\\":\\"x\\",\\"label\\":\\"X\\",\\"type\\":\\"colour\\"}]",
                 "lanes":"{\\"office\\":\\"ZJ-HZ-XH-RS\\"}","statutoryDays":"5","promisedDays":"9","fee":"-1",
                 "processKey":"noSuchProcess","visits":"0","place":"窗口","hours":"工作日","consultation":"12345",
                 "complaint":"12345","lifeEvents":"出生,登月"}""";
        String body = mvc.perform(put("/api/v1/services/items/XH-TEST-900").with(keeper())
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"name\"", "leadDepartment", "services.item.department-unknown", "form",
                "services.item.field-invalid", "services.item.lane-window", "services.item.promised-within-statutory",
                "services.item.fee", "services.item.process-unknown", "services.item.event-unknown");

        String good = """
                {"name":"灵活就业人员参保登记","kind":"PUBLIC_SERVICE","audience":"CITIZEN","leadDepartment":"ZJ-HZ-XH-RS",
                 "legalBasis":"《中华人民共和国社会保险法》第十条","conditions":"无雇工的个体工商户和灵活就业人员。",
                 "materials":"[{\\"code\\":\\"identity\\",\\"name\\":\\"身份证明\\",\\"required\\":true,\\"register\\":\\"population\\"}]",
                 "form":"[{\\"name\\":\\"phone\\",\\"label\\":\\"联系电话\\",\\"type\\":\\"phone\\",\\"required\\":true}]",
                 "lanes":"{\\"window\\":\\"ZJ-HZ-XH-ZWFW\\",\\"office\\":\\"ZJ-HZ-XH-RS\\"}","statutoryDays":"10",
                 "promisedDays":"2","fee":"0","processKey":"serialLicensing","visits":"0","place":"西湖区政务服务中心",
                 "hours":"工作日","consultation":"12345","complaint":"12345","lifeEvents":"就业","status":"PUBLISHED"}""";
        mvc.perform(put("/api/v1/services/items/XH-TEST-901").with(keeper()).contentType(MediaType.APPLICATION_JSON)
                        .content(good))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("XH-TEST-901"))
                .andExpect(jsonPath("$.feeFen").value(0));
        assertThat(names("/api/v1/services/items?lifeEvent=就业")).contains("灵活就业人员参保登记");
        assertThat(names("/api/v1/services/items?q=灵活就业")).contains("灵活就业人员参保登记");

        mvc.perform(put("/api/v1/services/items/XH-TEST-902").with(user("citizen").authorities(
                        new SimpleGrantedAuthority("services:apply"))).contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isForbidden());
    }

    private List<String> names(String url) throws Exception {
        return JsonPath.read(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$[*].name");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor keeper() {
        return user("keeper").authorities(new SimpleGrantedAuthority("services:catalog"));
    }
}
