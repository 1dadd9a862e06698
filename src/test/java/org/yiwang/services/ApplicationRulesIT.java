package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yiwang.services.ServiceDesk.complete;
import static org.yiwang.services.ServiceDesk.openSteps;
import static org.yiwang.services.ServiceDesk.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;

/**
 * The bad input of the issue: wrong file type, oversized file, missing and invalid form fields, applying twice,
 * a step of another department, two staff completing the same step at once. Each gets a clear 4xx naming the
 * field and rule, and exactly one outcome is kept.
 */
@PlatformTest
class ApplicationRulesIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Value("${yiwang.files.dir}") java.nio.file.Path filesDir;

    @Test
    void an_executable_renamed_pdf_is_refused_by_its_content() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[2] = (byte) 0x90;
        ServiceDesk.upload(mvc, citizen.session(), "营业执照.pdf", executable)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].rule").value("file.type"));
        ServiceDesk.upload(mvc, citizen.session(), "elf.pdf", "\u007fELF\u0002\u0001\u0001".getBytes())
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void photographs_and_scans_are_kept_outside_the_database_under_their_sm3_digest() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(40, 30,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        scan.setRGB(7, 5, (int) (System.nanoTime() & 0xFFFFFF));
        for (String format : List.of("png", "jpeg")) {
            java.io.ByteArrayOutputStream image = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(scan, format, image);
            byte[] bytes = image.toByteArray();
            // the name says PDF: the type comes from the content
            String body = ServiceDesk.upload(mvc, citizen.session(), "scan." + format + ".pdf", bytes)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.type").value(format.toUpperCase(java.util.Locale.ROOT)))
                    .andExpect(jsonPath("$.size").value(bytes.length))
                    .andReturn().getResponse().getContentAsString();
            String digest = com.jayway.jsonpath.JsonPath.read(body, "$.digest");
            assertThat(digest).isEqualTo(sm3(bytes));
            java.nio.file.Path kept = filesDir.resolve(digest.substring(0, 2)).resolve(digest.substring(2, 4))
                    .resolve(digest);
            assertThat(java.nio.file.Files.readAllBytes(kept)).isEqualTo(bytes);
        }
    }

    @Test
    void a_material_over_five_megabytes_is_refused() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        byte[] big = Arrays.copyOf(ServiceDesk.pdf(), 5 * 1024 * 1024 + 1);
        ServiceDesk.upload(mvc, citizen.session(), "big.pdf", big)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.errors[0].rule").value("file.too-large"));
    }

    @Test
    void missing_and_invalid_form_fields_are_each_named_and_nothing_is_filed() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        int before = applications();
        String body = ServiceDesk.submit(mvc, citizen.session(), """
                {"itemCode":"XH-CSYJS-003","consent":false,
                 "form":{"babyName":"x1","babySex":"不详","birthDate":"2026-13-40","certificateNumber":"123",
                         "parentName":"测试居民","parentIdNumber":"330106198503121013"},
                 "materials":{"birthCertificate":"%s"}}
                """.formatted("0".repeat(64)))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("form.babyName", "services.form.pattern", "form.babySex", "services.form.option",
                "form.birthDate", "services.form.date", "form.certificateNumber", "form.parentIdNumber",
                "services.form.id-number", "form.householdAddress", "services.form.required",
                "materials.birthCertificate", "services.materials.unknown-file", "materials.parentIdentity");
        assertThat(body).contains("新生儿姓名");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void problems_are_in_english_when_asked() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/services/applications").session(citizen.session())
                        .header("Accept-Language", "en").contentType("application/json")
                        .content("{\"itemCode\":\"XH-QYBG-007\",\"form\":{}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "This item is for another kind of applicant (citizens apply for personal items, enterprises for enterprise items)."));
    }

    @Test
    void applying_twice_for_the_same_item_and_subject_while_one_is_open_is_a_conflict() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String json = """
                {"itemCode":"XH-TXYL-004","consent":false,
                 "form":{"applicantName":"测试居民","idNumber":"%s","phone":"13800001234"},
                 "materials":{"identity":"%s","application":"%s"}}
                """.formatted(citizen.idNumber(), ServiceDesk.uploadPdf(mvc, citizen.session()),
                ServiceDesk.uploadPdf(mvc, citizen.session()));
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, citizen.session(), json));
        ServiceDesk.submit(mvc, citizen.session(), json).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("services.apply.open"));
        assertThat(jdbc.sql("select count(*) from services.application where item_code = 'XH-TXYL-004' and applicant_account_id = ?")
                .param(citizen.accountId()).query(Integer.class).single()).isEqualTo(1);

        MockHttpSession window = staff(mvc, organization, ApplicationLifeIT.WINDOW, "SERVICES_WINDOW");
        complete(mvc, window, openSteps(mvc, window, number).get("accept"), "NOT_ACCEPT", "不属于本机关职权范围")
                .andExpect(status().isOk());
        assertThat(ServiceDesk.statusOf(mvc, citizen.session(), number)).isEqualTo("NOT_ACCEPTED");
        ServiceDesk.submit(mvc, citizen.session(), json).andExpect(status().isCreated());
    }

    @Test
    void refusing_at_the_window_needs_reasons_and_then_issues_a_sealed_decision_not_to_accept() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String number = employmentRegistration(citizen);
        MockHttpSession window = staff(mvc, organization, ApplicationLifeIT.WINDOW, "SERVICES_WINDOW");
        String accept = openSteps(mvc, window, number).get("accept");

        complete(mvc, window, accept, "NOT_ACCEPT", "  ").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("opinion"))
                .andExpect(jsonPath("$.errors[0].rule").value("services.task.reasons-required"));
        assertThat(ServiceDesk.statusOf(mvc, citizen.session(), number)).isEqualTo("SUBMITTED");
        assertThat(openSteps(mvc, window, number)).containsOnlyKeys("accept");

        complete(mvc, window, accept, "NOT_ACCEPT", "申请人户籍不在本区，请向户籍所在地就业服务机构申请")
                .andExpect(status().isOk());
        String decision = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select number from services.licence where application_number = ?")
                        .param(number).query(String.class).optional(), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(decision).startsWith("JD330106");
        mvc.perform(get("/api/v1/services/licences/{n}/verify", decision))
                .andExpect(jsonPath("$.genuine").value(true))
                .andExpect(jsonPath("$.sealValid").value(true))
                .andExpect(jsonPath("$.kind").value("NOT_ACCEPTED"))
                .andExpect(jsonPath("$.title").value("不予受理决定书"));
        assertThat(jdbc.sql("select department_code || ' ' || reasons from services.licence where number = ?")
                .param(decision).query(String.class).single())
                .isEqualTo(ApplicationLifeIT.WINDOW + " 申请人户籍不在本区，请向户籍所在地就业服务机构申请");
        byte[] pdf = mvc.perform(get("/api/v1/services/licences/{n}/pdf", decision).session(citizen.session()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("不予受理决定书 " + decision);
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/me/messages").session(citizen.session()))
                        .andExpect(jsonPath("$.messages[*].title",
                                org.hamcrest.Matchers.hasItem("不予受理决定书已送达"))));
    }

    @Test
    void staff_of_another_department_may_neither_see_nor_complete_a_step() throws Exception {
        String number = employmentRegistration();
        MockHttpSession window = staff(mvc, organization, ApplicationLifeIT.WINDOW, "SERVICES_WINDOW");
        String accept = openSteps(mvc, window, number).get("accept");
        MockHttpSession tax = staff(mvc, organization, "ZJ-HZ-XH-SW", "SERVICES_EXAMINER");
        complete(mvc, tax, accept, "ACCEPT", "越权办理").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].rule").value("workflow.task.not-yours"));
        mvc.perform(get("/api/v1/services/tasks/" + accept).session(tax)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/services/applications/" + number).session(tax)).andExpect(status().isNotFound());
        assertThat(openSteps(mvc, window, number)).containsOnlyKeys("accept");
    }

    @Test
    void two_staff_completing_the_same_step_at_the_same_moment_give_one_outcome_and_one_conflict() throws Exception {
        String number = employmentRegistration();
        MockHttpSession first = staff(mvc, organization, ApplicationLifeIT.WINDOW, "SERVICES_WINDOW");
        MockHttpSession second = SignIn.staff(mvc, organization.departmentByCode(ApplicationLifeIT.WINDOW)
                .orElseThrow().id(), java.util.Set.of("SERVICES_WINDOW"), false).session();
        String accept = openSteps(mvc, first, number).get("accept");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (MockHttpSession session : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return complete(mvc, session, accept, "ACCEPT", "同时受理").andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                select count(*) from services.application_event e join services.application a on a.id = e.application_id
                 where a.number = ? and e.action = 'IN_PROCESS'""").param(number).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(openSteps(mvc, first, number)).containsOnlyKeys("examine");
    }

    private String employmentRegistration() throws Exception {
        return employmentRegistration(SignIn.citizen(mvc));
    }

    private String employmentRegistration(SignIn.Citizen citizen) throws Exception {
        return ServiceDesk.number(ServiceDesk.submit(mvc, citizen.session(), """
                {"itemCode":"XH-JYDJ-005","consent":false,
                 "form":{"applicantName":"测试居民","idNumber":"%s","phone":"13800001234"},
                 "materials":{"identity":"%s","application":"%s"}}
                """.formatted(citizen.idNumber(), ServiceDesk.uploadPdf(mvc, citizen.session()),
                ServiceDesk.uploadPdf(mvc, citizen.session()))));
    }

    private static String sm3(byte[] data) {
        org.bouncycastle.crypto.digests.SM3Digest digest = new org.bouncycastle.crypto.digests.SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return java.util.HexFormat.of().formatHex(out);
    }

    private int applications() {
        return jdbc.sql("select count(*) from services.application").query(Integer.class).single();
    }
}
