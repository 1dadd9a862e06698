package org.yiwang.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yiwang.exchange.ExchangeFixture.gateway;
import static org.yiwang.exchange.ExchangeFixture.requestJson;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.common.IdNumber;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;
import org.yiwang.registry.DataUse;
import org.yiwang.registry.DataUseChannel;
import org.yiwang.registry.DataUseLog;
import org.yiwang.support.OpenSslSm2;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;

/**
 * The whole chain through the real database: a consumer department asks for the population register, the
 * provider (大数据局) grants it within the time limit, the gateway delivers only granted fields, signed so that
 * OpenSSL verifies the exact bytes, and each delivery lands in the registry's data-use chain and on the
 * citizen's own page; every bad request is refused, logged and delivers nothing.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeGatewayIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;
    @Autowired ResourceCatalog catalog;
    @Autowired DataUseLog dataUse;
    @Autowired WorkingDays workingDays;
    @Autowired JdbcClient jdbc;

    SignIn.Staff keeper;
    SignIn.Staff approver;
    SignIn.Staff consumer;
    SignIn.Staff outsider;
    SignIn.Staff auditor;
    String persons;
    String entities;

    @BeforeAll
    void setUp() throws Exception {
        keeper = SignIn.staff(mvc, department("ZJ-HZ-XH-SCJG"), Set.of("REGISTRY_KEEPER"), false);
        approver = SignIn.staff(mvc, department("ZJ-DSJ"), Set.of("EXCHANGE_APPROVER"), false);
        consumer = SignIn.staff(mvc, department("ZJ-HZ-XH-RS"), Set.of("EXCHANGE_CONSUMER"), false);
        outsider = SignIn.staff(mvc, department("ZJ-HZ-XH-WJ"), Set.of("EXCHANGE_CONSUMER"), false);
        auditor = SignIn.staff(mvc, department("ZJ-DSJ"), Set.of("AUDIT_ADMIN"), false);
        persons = catalog.bySource("registry:person").orElseThrow().code();
        entities = catalog.bySource("registry:entity").orElseThrow().code();
    }

    long department(String code) {
        return organization.departmentByCode(code).orElseThrow().id();
    }

    /** Submits a request for the population register and lets the provider grant it; returns the grant id. */
    long grantedPersons(String items, Integer rate, String keyPem) throws Exception {
        long request = submit(requestJson(persons, items, "API", null, keyPem), "PENDING");
        String body = mvc.perform(post("/api/v1/exchange/requests/" + request + "/approve").session(approver.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rate == null ? "{}" : "{\"ratePerMinute\":" + rate + "}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.grantId")).longValue();
    }

    long submit(String json, String expectedStatus) throws Exception {
        String body = mvc.perform(post("/api/v1/exchange/requests").session(consumer.session())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value(expectedStatus))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void conditional_request_waits_on_the_providers_workbench_with_a_ten_working_day_deadline() throws Exception {
        String body = mvc.perform(post("/api/v1/exchange/requests").session(consumer.session())
                        .contentType(MediaType.APPLICATION_JSON).content(requestJson(persons, "\"name\"", "API", null, null)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(JsonPath.<String>read(body, "$.dueOn"))
                .isEqualTo(workingDays.current().addWorkingDays(today, 10).toString());
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/workbench").session(approver.session()))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().string(containsString("/exchange/approvals/" + id)));
        mvc.perform(get("/workbench").session(consumer.session()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString("/exchange/approvals/" + id))));
        mvc.perform(get("/exchange/approvals/" + id).session(approver.session())).andExpect(status().isOk());
    }

    @Test
    void a_refusal_needs_reasons_and_only_the_provider_decides() throws Exception {
        long id = submit(requestJson(persons, "\"name\",\"phone\"", "API", null, null), "PENDING");
        mvc.perform(post("/api/v1/exchange/requests/" + id + "/refuse").session(approver.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\":\"  \"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.refusal.reasons-required"));
        SignIn.Staff otherApprover = SignIn.staff(mvc, department("ZJ-HZ-XH-GA"), Set.of("EXCHANGE_APPROVER"), false);
        mvc.perform(post("/api/v1/exchange/requests/" + id + "/approve").session(otherApprover.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.approver.not-provider"));
        mvc.perform(post("/api/v1/exchange/requests/" + id + "/refuse").session(approver.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reasons\":\"联系电话不属于最小必要范围\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/exchange/requests/" + id).session(consumer.session()))
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.reasons").value("联系电话不属于最小必要范围"));
        mvc.perform(post("/api/v1/exchange/requests/" + id + "/approve").session(approver.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict());
    }

    @Test
    void bad_requests_name_every_broken_rule() throws Exception {
        mvc.perform(post("/api/v1/exchange/requests").session(consumer.session()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"resourceCode":"%s","items":["name","shoeSize"],"purpose":"","legalBasis":null,
                                 "method":"FAX","validFrom":"2020-01-01","validUntil":"2019-01-01","expectedVolume":0}"""
                                .formatted(persons)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].rule", hasItem("exchange.items.unknown")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("purpose")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("legalBasis")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("exchange.method.unknown")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("exchange.period.past")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("exchange.period.order")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("exchange.volume.range")))
                .andExpect(jsonPath("$.detail", containsString("is not a data item")));
        mvc.perform(post("/api/v1/exchange/requests").session(consumer.session())
                        .contentType(MediaType.APPLICATION_JSON).content(requestJson("NO-SUCH-CODE", "\"name\"", "API", null, null)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.resource.unknown"));
        mvc.perform(post("/api/v1/exchange/requests").session(consumer.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(requestJson(persons, "\"name\"", "SUBSCRIPTION", "ftp://example.org/x", "not a key")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].rule", hasItem("exchange.callback.invalid")))
                .andExpect(jsonPath("$.errors[*].rule", hasItem("exchange.consumer-key.invalid")));
        mvc.perform(post("/api/v1/exchange/requests").session(approver.session())
                        .contentType(MediaType.APPLICATION_JSON).content(requestJson(persons, "\"name\"", "API", null, null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_resource_that_is_not_shared_is_refused_citing_its_legal_basis() throws Exception {
        SignIn.Staff maintainer = SignIn.staff(mvc, department("ZJ-HZ-XH-GA"), Set.of("CATALOG_MAINTAINER"), false);
        String created = mvc.perform(post("/api/v1/catalog/resources").session(maintainer.session())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"classification":"DEPARTMENTAL","providerCode":"ZJ-HZ-XH-GA","name":"在侦案件线索","summary":"公安机关在侦案件的线索信息。",
                                 "format":"数据库","items":[{"key":"clue","name":"线索","type":"字符型","sensitivity":"INTERNAL"}],
                                 "sharingType":"NOT_SHARED","sharingCondition":"《刑事诉讼法》第一百五十二条：侦查秘密",
                                 "methods":[],"openToPublic":false,"updateCycle":"实时","related":[]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(created, "$.code");
        mvc.perform(post("/api/v1/catalog/resources/" + code + "/publish").session(maintainer.session()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/exchange/requests").session(consumer.session())
                        .contentType(MediaType.APPLICATION_JSON).content(requestJson(code, "\"clue\"", "API", null, null)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.resource.not-shared"))
                .andExpect(jsonPath("$.detail", containsString("刑事诉讼法")));
        assertThat(jdbc.sql("select count(*) from exchange.access_request where resource_code = ?").param(code)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void the_gateway_delivers_only_granted_fields_signed_and_logged_and_the_citizen_sees_exactly_those_reads(
            @TempDir Path tmp) throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        ExchangeFixture.registerPerson(mvc, keeper.session(), citizen.idNumber(), "共享居民");
        long grant = grantedPersons("\"name\",\"householdAddress\",\"phone\"", null, null);
        mvc.perform(get("/api/v1/exchange/me/data-use").session(citizen.session()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

        MvcResult result = mvc.perform(gateway(consumer.session(), persons,
                        "grant=" + grant + "&idNumber=" + citizen.idNumber() + "&fields=name,householdAddress"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.records[0].name").value("共享居民"))
                .andExpect(jsonPath("$.records[0].phone").doesNotExist())
                .andExpect(jsonPath("$.records[0].idNumber").doesNotExist())
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        String keyId = result.getResponse().getHeader("X-Yiwang-Key-Id");
        String messageId = result.getResponse().getHeader("X-Yiwang-Message-Id");
        byte[] signature = Base64.getDecoder().decode(result.getResponse().getHeader("X-Yiwang-Signature"));
        String keyJson = mvc.perform(get("/api/v1/exchange/keys/" + keyId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String pem = JsonPath.read(keyJson, "$.publicKeyPem");
        Assumptions.assumeTrue(OpenSslSm2.available(), "openssl is not installed");
        assertThat(OpenSslSm2.verify(tmp, body, signature, pem).verified()).isTrue();
        byte[] altered = new String(body, StandardCharsets.UTF_8).replace("共享居民", "共享居文")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(OpenSslSm2.verify(tmp, altered, signature, pem).verified()).isFalse();

        // a register query by an officer of another department: the second and last use of his data
        SignIn.Staff officer = SignIn.staff(mvc, department("ZJ-HZ-XH-SCJG"), Set.of("REGISTRY_OFFICER"), false);
        mvc.perform(get("/api/v1/registry/persons/" + citizen.idNumber()).param("purpose", "核对营业执照申请人")
                .session(officer.session())).andExpect(status().isOk());
        // refused requests deliver nothing and leave no use
        mvc.perform(gateway(consumer.session(), persons, "grant=" + grant + "&idNumber=" + citizen.idNumber()
                + "&fields=idNumber")).andExpect(status().isForbidden());
        mvc.perform(gateway(outsider.session(), persons, "grant=" + grant + "&idNumber=" + citizen.idNumber()))
                .andExpect(status().isForbidden());

        List<DataUse> uses = dataUse.ofPerson(IdNumber.parse(citizen.idNumber()));
        assertThat(uses).hasSize(2);
        DataUse delivered = uses.get(1);
        assertThat(delivered.channel()).isEqualTo(DataUseChannel.GATEWAY);
        assertThat(delivered.grantId()).isEqualTo(grant);
        assertThat(delivered.resourceCode()).isEqualTo(persons);
        assertThat(delivered.fields()).containsExactly("name", "householdAddress");
        assertThat(delivered.messageId()).hasToString(messageId);
        assertThat(delivered.departmentId()).isEqualTo(department("ZJ-HZ-XH-RS"));
        assertThat(uses.get(0).channel()).isEqualTo(DataUseChannel.REGISTER_QUERY);
        assertThat(dataUse.verify().intact()).isTrue();

        mvc.perform(get("/api/v1/exchange/me/data-use").session(citizen.session()))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].department").value("杭州市西湖区人力资源和社会保障局"))
                .andExpect(jsonPath("$[1].resourceName").value("人口基础信息"))
                .andExpect(jsonPath("$[1].grantId").value(grant))
                .andExpect(jsonPath("$[1].purpose").value("核验社会保险参保人员身份"))
                .andExpect(jsonPath("$[0].purpose").value("核对营业执照申请人"));
        String page = mvc.perform(get("/me/data-use").session(citizen.session())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("class=\"card data-use\"", -1)).hasSize(3);
        assertThat(page).contains("人口基础信息", "核验社会保险参保人员身份", "核对营业执照申请人", "户籍地址");

        // the auditor follows the grant to the message and the message to its record
        mvc.perform(get("/api/v1/exchange/trace/grants/" + grant).session(auditor.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resource.code").value(persons))
                .andExpect(jsonPath("$.request.legalBasis").value("《社会保险法》第五十七条"))
                .andExpect(jsonPath("$.messages[*].messageId", hasItem(messageId)))
                .andExpect(jsonPath("$.messages[*].outcome", hasItem("REFUSED")));
        mvc.perform(get("/api/v1/exchange/trace/messages/" + messageId).session(auditor.session()))
                .andExpect(jsonPath("$.grantId").value(grant))
                .andExpect(jsonPath("$.dataUses.length()").value(1))
                .andExpect(jsonPath("$.dataUses[0].id").value((int) delivered.id()));
        mvc.perform(get("/admin/exchange/trace").param("grant", Long.toString(grant)).session(auditor.session()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/exchange/trace/grants/" + grant).session(consumer.session()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_batch_of_one_hundred_identifiers_is_answered_and_one_more_is_refused() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(ExchangeFixture.registerPerson(mvc, keeper.session()).value());
        }
        while (ids.size() < 100) {
            ids.add(SyntheticPeople.idNumber().value());
        }
        long grant = grantedPersons("\"name\",\"sex\",\"birthDate\"", null, null);
        mvc.perform(gateway(consumer.session(), persons, "grant=" + grant + "&idNumber=" + String.join(",", ids)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.records[0].birthDate").exists())
                .andExpect(jsonPath("$.notFound.length()").value(97));
        ids.add(SyntheticPeople.idNumber().value());
        mvc.perform(gateway(consumer.session(), persons, "grant=" + grant + "&idNumber=" + String.join(",", ids)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.identifier.too-many"));
        mvc.perform(gateway(consumer.session(), persons, "grant=" + grant + "&idNumber=110105194912310021"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.identifier.invalid"));
    }

    @Test
    void replayed_stale_unsigned_revoked_expired_and_rate_limited_requests_are_refused_and_logged() throws Exception {
        IdNumber person = ExchangeFixture.registerPerson(mvc, keeper.session());
        long grant = grantedPersons("\"name\"", 3, null);
        String query = "grant=" + grant + "&idNumber=" + person.value();
        String nonce = UUID.randomUUID().toString();
        mvc.perform(gateway(consumer.session(), persons, query, nonce, Instant.now().toString()))
                .andExpect(status().isOk());
        mvc.perform(gateway(consumer.session(), persons, query, nonce, Instant.now().toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.nonce.replayed"))
                .andExpect(header().exists("X-Yiwang-Message-Id"));
        mvc.perform(gateway(consumer.session(), persons, query, UUID.randomUUID().toString(),
                        Instant.now().minusSeconds(3600).toString()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.timestamp.skew"));
        mvc.perform(get("/api/v1/exchange/" + persons + "/records?" + query).session(consumer.session()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.nonce.required"));
        mvc.perform(gateway(consumer.session(), persons, query)).andExpect(status().isOk());
        mvc.perform(gateway(consumer.session(), persons, query))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.rate.exceeded"));

        long expiring = grantedPersons("\"name\"", null, null);
        jdbc.sql("update exchange.access_grant set valid_from = current_date - 30, valid_until = current_date - 1 where id = ?")
                .param(expiring).update();
        mvc.perform(gateway(consumer.session(), persons, "grant=" + expiring + "&idNumber=" + person.value()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.grant.expired"));

        long revoked = grantedPersons("\"name\"", null, null);
        mvc.perform(post("/api/v1/exchange/grants/" + revoked + "/revoke").session(approver.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/exchange/grants/" + revoked + "/revoke").session(approver.session())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"用途已完成\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(gateway(consumer.session(), persons, "grant=" + revoked + "&idNumber=" + person.value()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.grant.revoked"));

        assertThat(dataUse.ofPerson(person)).hasSize(2);
        Map<String, Object> counts = jdbc.sql("""
                select count(*) filter (where outcome = 'DELIVERED') as delivered,
                       count(*) filter (where outcome = 'REFUSED') as refused
                from exchange.gateway_message where grant_id in (?, ?, ?)""")
                .params(grant, expiring, revoked).query().singleRow();
        assertThat(((Number) counts.get("delivered")).intValue()).isEqualTo(2);
        assertThat(((Number) counts.get("refused")).intValue()).isEqualTo(6);
    }

    @Test
    void a_grant_with_a_consumer_key_takes_only_requests_signed_with_it() throws Exception {
        var keys = java.security.KeyPairGenerator.getInstance("EC", new org.bouncycastle.jce.provider.BouncyCastleProvider());
        keys.initialize(new java.security.spec.ECGenParameterSpec("sm2p256v1"));
        var consumerKey = keys.generateKeyPair();
        var forger = keys.generateKeyPair();
        var pem = new java.io.StringWriter();
        try (var writer = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(pem)) {
            writer.writeObject(consumerKey.getPublic());
        }
        IdNumber person = ExchangeFixture.registerPerson(mvc, keeper.session());
        long grant = grantedPersons("\"name\"", null, pem.toString());
        String path = "/api/v1/exchange/" + persons + "/records";
        String query = "grant=" + grant + "&idNumber=" + person.value();

        mvc.perform(gateway(consumer.session(), persons, query))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.signature.required"));
        String nonce = UUID.randomUUID().toString();
        String time = Instant.now().toString();
        String canonical = "GET\n" + path + "\n" + query + "\n" + nonce + "\n" + time;
        mvc.perform(gateway(consumer.session(), persons, query, nonce, time)
                        .header(ExchangeFixture.SIGNATURE, sign(forger.getPrivate(), canonical)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].rule").value("exchange.signature.invalid"));
        String signature = sign(consumerKey.getPrivate(), canonical);
        mvc.perform(gateway(consumer.session(), persons, query, nonce, time).header(ExchangeFixture.SIGNATURE, signature))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1));
        mvc.perform(gateway(consumer.session(), persons, query, nonce, time).header(ExchangeFixture.SIGNATURE, signature))
                .andExpect(status().isConflict());
        assertThat(dataUse.ofPerson(person)).hasSize(1);
    }

    @Test
    void an_unconditional_resource_is_granted_at_once_and_an_entity_delivery_is_a_use_of_its_representative()
            throws Exception {
        IdNumber representative = ExchangeFixture.registerPerson(mvc, keeper.session());
        var entity = ExchangeFixture.registerEntity(mvc, keeper.session(), representative);
        String body = mvc.perform(post("/api/v1/exchange/requests").session(consumer.session())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(requestJson(entities, "\"name\",\"status\",\"legalRepresentativeName\"", "API", null, null)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("GRANTED"))
                .andReturn().getResponse().getContentAsString();
        long grant = ((Number) JsonPath.read(body, "$.grantId")).longValue();
        mvc.perform(gateway(consumer.session(), entities, "grant=" + grant + "&creditCode=" + entity.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records[0].name").value("杭州共享测试有限公司"))
                .andExpect(jsonPath("$.records[0].legalRepresentativeName").value("共享测试"))
                .andExpect(jsonPath("$.records[0].legalRepresentativeIdNumber").doesNotExist());
        assertThat(dataUse.ofEntity(entity)).singleElement()
                .satisfies(use -> assertThat(use.fields()).containsExactly("name", "legalRepresentativeName", "status"));
        assertThat(dataUse.ofPerson(representative)).singleElement()
                .satisfies(use -> assertThat(use.fields()).containsExactly("legalRepresentativeName"));
        mvc.perform(get("/exchange/stats").session(approver.session())).andExpect(status().isOk());
        mvc.perform(get("/exchange/requests").param("resource", persons).session(consumer.session()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("人口基础信息")));
        mvc.perform(get("/exchange/approvals").session(approver.session())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/exchange/stats").session(approver.session()))
                .andExpect(jsonPath("$.perGrant[*].grantId", hasItem((int) grant)));
    }

    static String sign(java.security.PrivateKey key, String text) throws Exception {
        var signer = java.security.Signature.getInstance("SM3withSM2", new org.bouncycastle.jce.provider.BouncyCastleProvider());
        signer.initSign(key);
        signer.update(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }
}
