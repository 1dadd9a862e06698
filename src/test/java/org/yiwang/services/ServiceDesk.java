package org.yiwang.services;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.SignIn;

/**
 * What the services tests do again and again, through the real endpoints: staff of a department and role
 * (created once per test run), materials, applications, and the steps open on a case.
 */
final class ServiceDesk {

    static final String DEMO_ENTERPRISE = "91330106MA2H0Q1DXM";
    static final String DEMO_PASSWORD = "Yiwang@2026";
    private static final Map<String, SignIn.Staff> STAFF = new ConcurrentHashMap<>();
    private static final AtomicInteger FILES = new AtomicInteger();

    private ServiceDesk() {
    }

    static MockHttpSession staff(MockMvc mvc, OrganizationDirectory organization, String department, String role) {
        return STAFF.computeIfAbsent(department + "/" + role, key -> {
            try {
                long id = organization.departmentByCode(department).orElseThrow().id();
                return SignIn.staff(mvc, id, Set.of(role), false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).session();
    }

    static SignIn.Staff staffMember(MockMvc mvc, OrganizationDirectory organization, String department, String role) {
        staff(mvc, organization, department, role);
        return STAFF.get(department + "/" + role);
    }

    static MockHttpSession demoEnterprise(MockMvc mvc) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/api/v1/auth/login").session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(DEMO_ENTERPRISE, DEMO_PASSWORD)))
                .andExpect(status().isOk());
        return session;
    }

    /** A small, distinct, real PDF header and trailer: the platform sniffs the content, not the name. */
    static byte[] pdf() {
        return ("%PDF-1.4\n% test material " + FILES.incrementAndGet() + " " + System.nanoTime()
                + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static ResultActions upload(MockMvc mvc, MockHttpSession session, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/services/materials")
                .file(new MockMultipartFile("file", name, "application/pdf", content)).session(session));
    }

    static String uploadPdf(MockMvc mvc, MockHttpSession session) throws Exception {
        String body = upload(mvc, session, "scan.pdf", pdf()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.digest");
    }

    static ResultActions submit(MockMvc mvc, MockHttpSession session, String json) throws Exception {
        return mvc.perform(post("/api/v1/services/applications").session(session)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String number(ResultActions created) throws Exception {
        return JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                "$.number");
    }

    static String view(MockMvc mvc, MockHttpSession session, String number) throws Exception {
        return mvc.perform(get("/api/v1/services/applications/" + number).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The ids of the steps open on the case, by step. */
    static Map<String, String> openSteps(MockMvc mvc, MockHttpSession session, String number) throws Exception {
        List<Map<String, Object>> current = JsonPath.read(view(mvc, session, number), "$.current");
        Map<String, String> steps = new java.util.TreeMap<>();
        current.forEach(c -> steps.put((String) c.get("step"), (String) c.get("taskId")));
        return steps;
    }

    static ResultActions complete(MockMvc mvc, MockHttpSession session, String taskId, String outcome, String opinion)
            throws Exception {
        return mvc.perform(post("/api/v1/services/tasks/" + taskId + "/complete").session(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"%s\",\"opinion\":\"%s\"}".formatted(outcome, opinion)));
    }

    static String statusOf(MockMvc mvc, MockHttpSession session, String number) throws Exception {
        return JsonPath.read(view(mvc, session, number), "$.status");
    }
}
