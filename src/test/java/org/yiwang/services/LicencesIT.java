package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.crypto.CryptoService;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.OpenSslSm2;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/**
 * Electronic licences and refusal decisions end to end: a decision event issues a sealed PDF, the holder downloads
 * it, anyone verifies it, OpenSSL agrees with the seal, and any change to the PDF or the seal is caught.
 */
@PlatformTest
class LicencesIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired CryptoService crypto;
    @Autowired OrganizationDirectory organization;
    @Value("${yiwang.files.dir}") Path filesDir;

    ResultsFixture fixture;

    record Stored(String number, String digest, String keyId, Timestamp issuedAt, String signature) {
    }

    @BeforeEach
    void fixture() {
        fixture = new ResultsFixture(events, transactions, jdbc);
    }

    @Test
    void an_approval_issues_a_licence_that_its_holder_downloads_and_anyone_verifies() throws Exception {
        SignIn.Citizen holder = SignIn.citizen(mvc);
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(ResultsFixture.approval(application, holder.accountId()));
        String number = fixture.awaitResult(application);
        assertThat(number).matches("ZZ330106\\d{4}\\d{8}");

        byte[] pdf = mvc.perform(get("/api/v1/services/licences/{n}/pdf", number).session(holder.session()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + number + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sm3(pdf)).isEqualTo(stored(number).digest());

        mvc.perform(get("/api/v1/services/licences/{n}/verify", number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.genuine").value(true))
                .andExpect(jsonPath("$.sealValid").value(true))
                .andExpect(jsonPath("$.documentUnchanged").value(true))
                .andExpect(jsonPath("$.title").value("营业执照"))
                .andExpect(jsonPath("$.holder").value("杭州********公司"))
                .andExpect(jsonPath("$.issuer").value(ResultsFixture.DECIDING_NAME))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.validUntil").value("2046-03-15"));

        mvc.perform(get("/licences/verify").param("number", number))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("核验通过")));

        mvc.perform(get("/me/licences").session(holder.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(number)));
    }

    @Test
    void the_seal_verifies_with_openssl_over_the_documented_statement(@TempDir Path work) throws Exception {
        assumeTrue(OpenSslSm2.available(), "openssl is not installed");
        SignIn.Citizen holder = SignIn.citizen(mvc);
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(ResultsFixture.approval(application, holder.accountId()));
        Stored licence = stored(fixture.awaitResult(application));

        byte[] statement = ("YIWANG-SEAL/1\nnumber=" + licence.number() + "\ndigest=" + licence.digest() + "\nkey="
                + licence.keyId() + "\nissued=" + licence.issuedAt().toInstant() + "\n").getBytes(StandardCharsets.UTF_8);
        String pem = crypto.publicKeyPem(licence.keyId());
        byte[] signature = Base64.getDecoder().decode(licence.signature());

        assertThat(licence.keyId()).isEqualTo("seal-zj-hz-xh-scjg");
        assertThat(OpenSslSm2.verify(work, statement, signature, pem).verified()).isTrue();
        byte[] forged = ("YIWANG-SEAL/1\nnumber=" + licence.number() + "\ndigest=" + "0".repeat(64) + "\nkey="
                + licence.keyId() + "\nissued=" + licence.issuedAt().toInstant() + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(OpenSslSm2.verify(work, forged, signature, pem).verified()).isFalse();
        assertThat(crypto.certificate(licence.keyId()).getSubjectX500Principal().getName())
                .contains(ResultsFixture.DECIDING_NAME);
    }

    @Test
    void a_changed_pdf_is_reported_as_not_genuine() throws Exception {
        SignIn.Citizen holder = SignIn.citizen(mvc);
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(ResultsFixture.approval(application, holder.accountId()));
        Stored licence = stored(fixture.awaitResult(application));
        Path file = filesDir.resolve(licence.digest().substring(0, 2)).resolve(licence.digest().substring(2, 4))
                .resolve(licence.digest());
        byte[] original = Files.readAllBytes(file);
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 0x01;
        try {
            Files.write(file, changed);
            mvc.perform(get("/api/v1/services/licences/{n}/verify", licence.number()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.genuine").value(false))
                    .andExpect(jsonPath("$.sealValid").value(true))
                    .andExpect(jsonPath("$.documentUnchanged").value(false));
            mvc.perform(get("/licences/verify").param("number", licence.number()))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("核验未通过")));
        } finally {
            Files.write(file, original);
        }
    }

    @Test
    void a_changed_seal_is_reported_as_not_genuine() throws Exception {
        SignIn.Citizen holder = SignIn.citizen(mvc);
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(ResultsFixture.approval(application, holder.accountId()));
        Stored licence = stored(fixture.awaitResult(application));
        String otherSignature = crypto.sign(licence.keyId(), "something else".getBytes(StandardCharsets.UTF_8)).base64();
        jdbc.sql("update services.licence set seal_signature = ? where number = ?")
                .params(otherSignature, licence.number()).update();

        mvc.perform(get("/api/v1/services/licences/{n}/verify", licence.number()))
                .andExpect(jsonPath("$.genuine").value(false))
                .andExpect(jsonPath("$.sealValid").value(false))
                .andExpect(jsonPath("$.documentUnchanged").value(true));

        jdbc.sql("update services.licence set seal_signature = ?, valid_until = date '2020-01-01' where number = ?")
                .params(licence.signature(), licence.number()).update();
        mvc.perform(get("/api/v1/services/licences/{n}/verify", licence.number()))
                .andExpect(jsonPath("$.sealValid").value(true))
                .andExpect(jsonPath("$.status").value("EXPIRED"));
    }

    @Test
    void the_uploaded_pdf_itself_can_be_verified_and_a_changed_copy_cannot() throws Exception {
        SignIn.Citizen holder = SignIn.citizen(mvc);
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(ResultsFixture.approval(application, holder.accountId()));
        String number = fixture.awaitResult(application);
        byte[] pdf = mvc.perform(get("/me/licences/{n}/pdf", number).session(holder.session()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/licences/verify")
                        .file(new org.springframework.mock.web.MockMultipartFile("document", "licence.pdf",
                                "application/pdf", pdf))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(number)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("核验通过")));
        byte[] changed = pdf.clone();
        changed[changed.length - 20] ^= 0x01;
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/licences/verify")
                        .file(new org.springframework.mock.web.MockMultipartFile("document", "licence.pdf",
                                "application/pdf", changed))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是本平台签发")));
    }

    @Test
    void a_refusal_issues_a_decision_and_tells_the_applicant() throws Exception {
        SignIn.Citizen applicant = SignIn.citizen(mvc);
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(ResultsFixture.refusal(application, applicant.accountId()));
        String number = fixture.awaitResult(application);
        assertThat(number).startsWith("JD330106");

        mvc.perform(get("/api/v1/services/licences/{n}/verify", number))
                .andExpect(jsonPath("$.genuine").value(true))
                .andExpect(jsonPath("$.kind").value("REFUSAL"))
                .andExpect(jsonPath("$.title").value("不予许可决定书"))
                .andExpect(jsonPath("$.holder").value("测**民"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/me/messages").session(applicant.session()))
                        .andExpect(jsonPath("$.messages[0].title").value("不予许可决定书已送达"))
                        .andExpect(jsonPath("$.messages[0].link").value("/me/licences")));
    }

    @Test
    void a_decision_seen_twice_issues_one_result_and_an_item_without_licence_none() throws Exception {
        SignIn.Citizen holder = SignIn.citizen(mvc);
        String application = ResultsFixture.newApplicationNumber();
        ApplicationDecided decided = ResultsFixture.approval(application, holder.accountId());
        fixture.publish(decided);
        String number = fixture.awaitResult(application);
        fixture.publish(decided);

        String withoutLicence = ResultsFixture.newApplicationNumber();
        fixture.publish(new ApplicationDecided(withoutLicence, "XH-ZM", "证明开具", null, true, holder.accountId(),
                "测试居民", null, ResultsFixture.DECIDING, ResultsFixture.DECIDING_NAME, null, null, null,
                java.time.Instant.now()));
        String marker = ResultsFixture.newApplicationNumber();
        fixture.publish(ResultsFixture.approval(marker, holder.accountId()));
        fixture.awaitResult(marker);

        assertThat(fixture.resultCount(application)).isEqualTo(1);
        assertThat(fixture.resultOf(application)).contains(number);
        assertThat(fixture.resultCount(withoutLicence)).isZero();
    }

    @Test
    void nobody_else_downloads_a_licence_and_an_unknown_number_is_a_problem_detail() throws Exception {
        SignIn.Citizen holder = SignIn.citizen(mvc);
        SignIn.Citizen other = SignIn.citizen(mvc);
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(ResultsFixture.approval(application, holder.accountId()));
        String number = fixture.awaitResult(application);

        mvc.perform(get("/api/v1/services/licences/{n}/pdf", number).session(other.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/services/licences/{n}/pdf", number)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/services/licences/{n}/verify", "ZZ000000000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("number"))
                .andExpect(jsonPath("$.errors[0].rule").value("licence.not-found"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("没有编号为")));
        mvc.perform(get("/api/v1/services/licences/{n}/verify", "ZZ000000000000000000").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("There is no licence")));
    }

    @Test
    void a_licence_officer_of_the_issuing_department_revokes_it_once() throws Exception {
        SignIn.Citizen holder = SignIn.citizen(mvc);
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(ResultsFixture.approval(application, holder.accountId()));
        String number = fixture.awaitResult(application);
        long issuing = organization.departmentByCode(ResultsFixture.DECIDING).orElseThrow().id();
        long elsewhere = organization.departmentByCode("ZJ-HZ-XH-SW").orElseThrow().id();
        SignIn.Staff officer = SignIn.staff(mvc, issuing, Set.of("LICENCE_OFFICER"), false);
        SignIn.Staff stranger = SignIn.staff(mvc, elsewhere, Set.of("LICENCE_OFFICER"), false);
        SignIn.Staff clerk = SignIn.staff(mvc, issuing, Set.of(), false);
        String body = "{\"reason\":\"以欺骗手段取得许可，依法撤销。\"}";

        mvc.perform(post("/api/v1/services/licences/{n}/revoke", number).session(clerk.session())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/services/licences/{n}/revoke", number).session(stranger.session())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/services/licences/{n}/revoke", number).session(officer.session())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/services/licences/{n}/revoke", number).session(officer.session())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/services/licences/{n}/revoke", number).session(officer.session())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());

        mvc.perform(get("/api/v1/services/licences/{n}/verify", number))
                .andExpect(jsonPath("$.genuine").value(true))
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedReason").value("以欺骗手段取得许可，依法撤销。"));
        assertThat(jdbc.sql("select count(*) from audit.audit_record where action = 'services.licence.revoke' and target = ?")
                .param("licence:" + number).query(Integer.class).single()).isEqualTo(1);
    }

    private Stored stored(String number) {
        return jdbc.sql("select number, document_digest, seal_key_id, issued_at, seal_signature from services.licence"
                        + " where number = ?").param(number)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
                        rs.getString(5)))
                .single();
    }

    private static String sm3(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
