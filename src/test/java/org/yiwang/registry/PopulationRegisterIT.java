package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.common.IdNumber;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;

/** The population register through its API, as signed-in staff of 西湖区 and 宁波 with the registry roles. */
@PlatformTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationRegisterIT {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;
    @Autowired DataUseLog dataUse;
    @Autowired PopulationRegister population;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate jdbcTemplate;

    SignIn.Staff keeper;
    SignIn.Staff officer;
    SignIn.Staff reader;
    SignIn.Staff plain;
    SignIn.Staff elsewhere;

    @BeforeAll
    void signIn() throws Exception {
        long xihu = department("ZJ-HZ-XH-SCJG");
        keeper = SignIn.staff(mvc, xihu, Set.of("REGISTRY_KEEPER"), false);
        officer = SignIn.staff(mvc, xihu, Set.of("REGISTRY_OFFICER"), false);
        reader = SignIn.staff(mvc, xihu, Set.of("REGISTRY_READER"), false);
        plain = SignIn.staff(mvc, xihu, Set.of(), false);
        elsewhere = SignIn.staff(mvc, department("ZJ-NB-BGT"), Set.of("REGISTRY_OFFICER"), false);
    }

    long department(String code) {
        return organization.departmentByCode(code).orElseThrow().id();
    }

    static String personJson(String idNumber, String name, String phone, String maritalStatus) {
        return """
                {"idNumber":"%s","name":"%s","ethnicity":"01","householdDivision":"330106",
                 "householdAddress":"浙江省杭州市西湖区文三路 90 号","currentAddress":"浙江省杭州市西湖区古墩路 1 号",
                 "phone":"%s","maritalStatus":"%s"}""".formatted(idNumber, name, phone, maritalStatus);
    }

    long register(String idNumber, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/registry/persons").session(keeper.session())
                        .contentType(MediaType.APPLICATION_JSON).content(personJson(idNumber, name, "13812341234", "10")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.personId")).longValue();
    }

    /** A name nobody else in the test database has. */
    static String uniqueName() {
        var random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder("试");
        for (int i = 0; i < 3; i++) {
            name.append((char) random.nextInt(0x4E00, 0x9FA5));
        }
        return name.toString();
    }

    @Test
    void registering_a_person_writes_history_audit_and_a_change_event_without_clear_personal_data(ApplicationEvents events)
            throws Exception {
        String id = SyntheticPeople.idNumber().value();
        long personId = register(id, "张测试");

        var history = jdbc.sql("select kind, changes::text as changes, department_id from registry.person_history where person_id = ?")
                .param(personId).query().listOfRows();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("kind")).isEqualTo("REGISTERED");
        assertThat((String) history.get(0).get("changes")).contains("张测试").doesNotContain(id).doesNotContain("13812341234");
        assertThat(jdbc.sql("select count(*) from audit.audit_record where action = 'registry.person.register' and target = ?")
                .param("person:" + personId).query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(PersonChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(new PersonId(personId));
            assertThat(e.changedFields()).contains("idNumber", "name", "phone");
            assertThat(e.idNumberIndex()).hasSize(64).doesNotContain(id);
        });
    }

    @Test
    void an_update_names_the_changed_fields_and_keeps_sensitive_values_out_of_the_history(ApplicationEvents events)
            throws Exception {
        String id = SyntheticPeople.idNumber().value();
        long personId = register(id, "李测试");
        mvc.perform(put("/api/v1/registry/persons/" + personId).session(keeper.session())
                        .contentType(MediaType.APPLICATION_JSON).content(personJson(id, "李测试", "13998765432", "20")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changedFields", Matchers.contains("phone", "maritalStatus")));

        String changes = jdbc.sql("select changes::text from registry.person_history where person_id = ? and version = 2")
                .param(personId).query(String.class).single();
        assertThat(changes).contains("maritalStatus").doesNotContain("13998765432").doesNotContain("13812341234");
        assertThat(jdbc.sql("select changed_fields::text from registry.person_history where person_id = ? and version = 2")
                .param(personId).query(String.class).single()).isEqualTo("{phone,maritalStatus}");
        assertThat(events.stream(PersonChanged.class).filter(e -> e.changedFields().equals(Set.of("phone", "maritalStatus"))))
                .hasSize(1);
    }

    @Test
    void a_person_that_breaks_rules_is_refused_whole_and_nothing_is_written() throws Exception {
        IdNumber id = SyntheticPeople.idNumber();
        long before = jdbc.sql("select count(*) from registry.person").query(Long.class).single();
        mvc.perform(post("/api/v1/registry/persons").session(keeper.session()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"idNumber":"%s","name":"王测试","birthDate":"%s","ethnicity":"99","householdDivision":"330106",
                                 "householdAddress":"浙江省杭州市西湖区","maritalStatus":"10"}""".formatted(id.value(),
                                id.birthDate().plusDays(1))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("birthDate", "ethnicity")));
        assertThat(jdbc.sql("select count(*) from registry.person").query(Long.class).single()).isEqualTo(before);
        assertThat(population.find(id)).isEmpty();
    }

    @Test
    void the_same_id_number_cannot_be_registered_twice() throws Exception {
        String id = SyntheticPeople.idNumber().value();
        register(id, "赵测试");
        mvc.perform(post("/api/v1/registry/persons").session(keeper.session()).contentType(MediaType.APPLICATION_JSON)
                        .content(personJson(id, "赵测试", "13812341234", "10")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("registry.person.duplicate"));
    }

    @Test
    void readers_see_masked_values_and_officers_see_them_in_the_clear() throws Exception {
        IdNumber id = SyntheticPeople.idNumber();
        register(id.value(), "欧阳测试");
        mvc.perform(get("/api/v1/registry/persons/" + id.value()).param("purpose", "核对低保申请").session(reader.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.masked").value(true))
                .andExpect(jsonPath("$.idNumber").value(id.masked()))
                .andExpect(jsonPath("$.name").value("欧阳**"))
                .andExpect(jsonPath("$.phone").value("138****1234"))
                .andExpect(jsonPath("$.householdAddress").value("浙江省杭州市西湖区****"))
                .andExpect(jsonPath("$.birthDate").doesNotExist())
                .andExpect(jsonPath("$.sex").value(id.sex().name()));
        mvc.perform(get("/api/v1/registry/persons/" + id.value()).param("purpose", "核对低保申请").session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.masked").value(false))
                .andExpect(jsonPath("$.idNumber").value(id.value()))
                .andExpect(jsonPath("$.name").value("欧阳测试"))
                .andExpect(jsonPath("$.phone").value("13812341234"))
                .andExpect(jsonPath("$.householdAddress").value("浙江省杭州市西湖区文三路 90 号"))
                .andExpect(jsonPath("$.birthDate").value(id.birthDate().toString()));
    }

    @Test
    void staff_without_the_read_permission_are_refused_and_the_refusal_is_audited_without_the_id_number()
            throws Exception {
        IdNumber id = SyntheticPeople.idNumber();
        register(id.value(), "钱测试");
        mvc.perform(get("/api/v1/registry/persons/" + id.value()).param("purpose", "好奇").session(plain.session()))
                .andExpect(status().isForbidden());
        List<String> targets = jdbc.sql("""
                        select target from audit.audit_record where action = 'security.access.denied' and actor = ?""")
                .param(plain.username() + "#" + plain.accountId()).query(String.class).list();
        assertThat(targets).contains("GET /api/v1/registry/persons/" + id.masked())
                .noneMatch(target -> target.contains(id.value()));
        assertThat(dataUse.ofPerson(id)).isEmpty();
    }

    @Test
    void citizens_cannot_query_the_register() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        mvc.perform(get("/api/v1/registry/persons/" + citizen.idNumber()).param("purpose", "查看").session(citizen.session()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_query_without_a_purpose_is_a_bad_request_naming_the_purpose() throws Exception {
        String id = SyntheticPeople.idNumber().value();
        for (String purpose : new String[] {null, "  ", "用".repeat(201)}) {
            var request = get("/api/v1/registry/persons/" + id).session(reader.session());
            if (purpose != null) {
                request.param("purpose", purpose);
            }
            mvc.perform(request).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        }
    }

    @Test
    void every_read_leaves_a_data_use_record_in_an_intact_chain() throws Exception {
        IdNumber id = SyntheticPeople.idNumber();
        register(id.value(), "孙测试");
        String first = mvc.perform(get("/api/v1/registry/persons/" + id.value()).param("purpose", "核对社保参保资格")
                .session(reader.session())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/registry/persons/" + id.value()).param("purpose", "核对公积金提取")
                .session(officer.session())).andExpect(status().isOk());

        assertThat(dataUse.verify().intact()).isTrue();
        List<DataUse> uses = dataUse.ofPerson(id);
        assertThat(uses).hasSize(2);
        DataUse masked = uses.get(1);
        assertThat(masked.account()).isEqualTo(reader.username() + "#" + reader.accountId());
        assertThat(masked.departmentId()).isEqualTo(department("ZJ-HZ-XH-SCJG"));
        assertThat(masked.purpose()).isEqualTo("核对社保参保资格");
        assertThat(masked.subjectKind()).isEqualTo(SubjectKind.PERSON);
        assertThat(masked.fields()).contains("idNumber:masked", "name:masked", "phone:masked", "sex")
                .doesNotContain("birthDate");
        assertThat(masked.messageId().toString()).isEqualTo(JsonPath.read(first, "$.messageId"));
        assertThat(uses.get(0).fields()).contains("idNumber", "birthDate", "phone");
        assertThat(uses.get(0).previousHash()).isEqualTo(masked.hash());
    }

    @Test
    void a_changed_data_use_record_breaks_the_chain() throws Exception {
        IdNumber id = SyntheticPeople.idNumber();
        register(id.value(), "周测试");
        mvc.perform(get("/api/v1/registry/persons/" + id.value()).param("purpose", "核对户籍")
                .session(reader.session())).andExpect(status().isOk());
        assertThat(dataUse.verify().intact()).isTrue();
        long seq = dataUse.ofPerson(id).get(0).seq();
        try {
            DataUseTampering.setPurpose(jdbcTemplate, seq, "伪造的用途");
            var verification = dataUse.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.reason()).isEqualTo("content-changed");
        } finally {
            DataUseTampering.setPurpose(jdbcTemplate, seq, "核对户籍");
        }
        assertThat(dataUse.verify().intact()).isTrue();
    }

    @Test
    void name_search_finds_people_only_within_the_searchers_data_scope() throws Exception {
        String name = uniqueName();
        register(SyntheticPeople.idNumber().value(), name);
        mvc.perform(get("/api/v1/registry/persons").param("name", name).param("purpose", "走访核实")
                        .session(officer.session()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value(name));
        mvc.perform(get("/api/v1/registry/persons").param("name", name).param("purpose", "走访核实")
                        .session(elsewhere.session()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/registry/persons").param("name", name).param("purpose", "走访核实")
                        .session(reader.session()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_citizen_sees_his_own_record_in_the_clear_and_who_read_it() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        register(citizen.idNumber(), "吴测试");
        mvc.perform(get("/api/v1/registry/persons/" + citizen.idNumber()).param("purpose", "核对残疾人补贴")
                .session(reader.session())).andExpect(status().isOk());
        mvc.perform(get("/me/registry").session(citizen.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        Matchers.allOf(Matchers.containsString(citizen.idNumber()), Matchers.containsString("吴测试"),
                                Matchers.containsString("核对残疾人补贴"), Matchers.containsString("西湖区市场监督管理局"))));
        mvc.perform(get("/api/v1/registry/me").session(citizen.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.idNumber").value(citizen.idNumber()))
                .andExpect(jsonPath("$.uses[0].purpose").value("核对残疾人补贴"))
                .andExpect(jsonPath("$.uses[0].fields[0].name").value("idNumber"))
                .andExpect(jsonPath("$.uses[0].fields[0].masked").value(true));
    }

    @Test
    void a_citizen_not_in_the_register_is_told_so() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        mvc.perform(get("/me/registry").session(citizen.session()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("人口库中还没有您的记录")));
    }

    @Test
    void staff_pages_show_the_record_masked_by_permission() throws Exception {
        IdNumber id = SyntheticPeople.idNumber();
        register(id.value(), "郑测试");
        mvc.perform(get("/registry/persons").session(reader.session())).andExpect(status().isOk());
        mvc.perform(post("/registry/persons/lookup").session(reader.session()).with(csrf())
                        .param("idNumber", id.value()).param("purpose", "窗口核验"))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        Matchers.allOf(Matchers.containsString(id.masked()), Matchers.containsString("郑*"),
                                Matchers.not(Matchers.containsString(id.value())))));
        mvc.perform(post("/registry/persons/lookup").session(reader.session()).with(csrf())
                        .param("idNumber", id.value()).param("purpose", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        Matchers.containsString("请说明查询用途")));
        mvc.perform(get("/registry/persons").session(plain.session())).andExpect(status().isForbidden());
    }

    @Test
    void the_demo_citizens_are_in_the_register() {
        assertThat(population.find(IdNumber.parse("330106198503121012"))).isPresent();
        assertThat(population.find(IdNumber.parse("330212199007082023"))).isPresent();
    }
}
