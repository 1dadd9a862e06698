package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;

/** Bulk import of the population and legal-entity registers through the API, as a signed-in register keeper. */
@PlatformTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonImportIT {

    static final String PEOPLE = "id_number,name,sex,birth_date,ethnicity,household_division,household_address,"
            + "current_address,phone,marital_status,status\n";
    static final String ENTITIES = "credit_code,name,type,legal_representative_id_number,registered_capital,"
            + "established_on,registration_authority,domicile_division,domicile_address,business_scope,status\n";
    static final Set<String> USED = new HashSet<>();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;
    @Autowired PopulationRegister population;
    @Autowired RegisterRecords records;

    SignIn.Staff keeper;

    @BeforeAll
    void signIn() throws Exception {
        keeper = SignIn.staff(mvc, organization.departmentByCode("ZJ-HZ-XH-GA").orElseThrow().id(),
                Set.of("REGISTRY_KEEPER"), false);
    }

    /** A fresh ID number, never used by another test of this class. */
    static IdNumber fresh() {
        IdNumber id;
        do {
            id = SyntheticPeople.idNumber();
        } while (!USED.add(id.value()));
        return id;
    }

    static String row(IdNumber id, String name, String phone, String marital) {
        return "%s,%s,%s,%s,01,330106,浙江省杭州市西湖区文三路 %d 号,,%s,%s,LIVING\n".formatted(id.value(), name,
                id.sex() == org.yiwang.common.Sex.MALE ? "男" : "女", id.birthDate(), id.sequence(), phone, marital);
    }

    @Test
    void people_load_encrypted_and_loading_the_same_file_again_changes_nothing(ApplicationEvents events)
            throws Exception {
        IdNumber a = fresh();
        IdNumber b = fresh();
        String csv = PEOPLE + row(a, "林晓", "13900001111", "10") + row(b, "周毅", "", "20");
        upload("persons", csv, "ALL_OR_NOTHING", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.rowsRead").value(2))
                .andExpect(jsonPath("$.run.rowsChanged").value(2))
                .andExpect(jsonPath("$.run.outcome").value("LOADED"));
        long id = population.find(a).orElseThrow().value();
        String stored = jdbc.sql("select id_number_enc || ' ' || phone_enc from registry.person where id = ?")
                .param(id).query(String.class).single();
        assertThat(stored).doesNotContain(a.value()).doesNotContain("13900001111");
        assertThat(history(id)).containsExactly("1 REGISTERED");
        assertThat(events.stream(PersonsChanged.class).filter(e -> e.personIds().contains(new PersonId(id))))
                .singleElement().satisfies(e -> assertThat(e.personIds()).hasSize(2));
        assertThat(events.stream(PersonChanged.class)).isEmpty();

        upload("persons", csv, "ALL_OR_NOTHING", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(0))
                .andExpect(jsonPath("$.run.rowsUnchanged").value(2));
        assertThat(history(id)).containsExactly("1 REGISTERED");
        assertThat(events.stream(PersonsChanged.class).filter(e -> e.personIds().contains(new PersonId(id))))
                .hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit.audit_record where action = 'registry.import.persons'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_changed_phone_or_name_writes_history_and_one_event_per_changed_person(ApplicationEvents events)
            throws Exception {
        IdNumber a = fresh();
        IdNumber b = fresh();
        upload("persons", PEOPLE + row(a, "郑安", "13900002222", "10") + row(b, "吴越", "13900003333", "10"),
                "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8).andExpect(status().isCreated());
        events.clear();
        upload("persons", PEOPLE + row(a, "郑安", "13900004444", "20") + row(b, "吴越", "13900003333", "10"),
                "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(1))
                .andExpect(jsonPath("$.run.rowsUnchanged").value(1));
        long id = population.find(a).orElseThrow().value();
        assertThat(history(id)).containsExactly("1 REGISTERED", "2 UPDATED");
        var change = jdbc.sql("""
                        select array_to_string(changed_fields, ',') || ' ' || changes::text
                          from registry.person_history where person_id = ? and version = 2""")
                .param(id).query(String.class).single();
        assertThat(change).startsWith("phone,maritalStatus ").contains("\"maritalStatus\"")
                .doesNotContain("13900004444").doesNotContain("13900002222");
        assertThat(events.stream(PersonsChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.personIds()).containsExactly(new PersonId(id));
            assertThat(e.changedFields()).containsExactlyInAnyOrder("phone", "maritalStatus");
        });
    }

    @Test
    void the_history_of_an_imported_person_shows_the_values_he_was_registered_with() throws Exception {
        IdNumber a = fresh();
        upload("persons", PEOPLE + row(a, "郑安", "13900007777", "10"), "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(1));
        upload("persons", PEOPLE + row(a, "周全", "13900007777", "20"), "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(1));
        long id = population.find(a).orElseThrow().value();
        assertThat(jdbc.sql("select changes::text from registry.person_history where person_id = ? and version = 1")
                .param(id).query(String.class).single()).as("an import does not repeat the values").isEqualTo("{}");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/registry/persons/" + id + "/history").session(keeper.session()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String registered = page.substring(page.indexOf("第 1 版"));
        assertThat(registered).contains("郑安").contains("文三路 " + a.sequence() + " 号").doesNotContain("周全")
                .doesNotContain("13900007777");
        assertThat(page).contains("周全");
    }

    @Test
    void a_file_put_as_the_request_body_streams_in_with_the_same_report_and_an_explicit_mode() throws Exception {
        IdNumber a = fresh();
        String wrongCheck = fresh().value().substring(0, 17) + "Y";
        byte[] csv = (PEOPLE + row(a, "欧阳·静", "", "10") + wrongCheck + ",何平,,,01,330106,浙江省杭州市某路 1 号,,,10,\n")
                .getBytes(Charset.forName("GB18030"));
        mvc.perform(put("persons", csv).param("encoding", "GB18030"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("persons", csv).param("mode", "ALL_OR_NOTHING").param("encoding", "GB18030"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.outcome").value("NOTHING_LOADED"))
                .andExpect(jsonPath("$.rejections[0].line").value(3));
        assertThat(population.find(a)).isEmpty();
        mvc.perform(put("persons", csv).param("mode", "GOOD_ROWS").param("encoding", "GB18030")
                        .param("fileName", "people-gb18030.csv"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.fileName").value("people-gb18030.csv"))
                .andExpect(jsonPath("$.run.rowsChanged").value(1))
                .andExpect(jsonPath("$.run.rowsRejected").value(1));
        long id = population.find(a).orElseThrow().value();
        assertThat(jdbc.sql("select name from registry.person where id = ?").param(id).query(String.class).single())
                .isEqualTo("欧阳·静");
    }

    /** Rows enough for several encryption batches in flight, then a broken line: nothing stays, nothing hangs. */
    @Test
    void a_malformed_line_after_many_good_rows_stops_the_import_in_flight_and_loads_nothing() throws Exception {
        StringBuilder csv = new StringBuilder(PEOPLE);
        List<IdNumber> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 9_000; i++) {
            IdNumber id = fresh();
            ids.add(id);
            csv.append(row(id, "批量", "", "10"));
        }
        csv.append('"').append(fresh().value()).append(",未闭合\n");
        upload("persons", csv.toString(), "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("import.malformed"));
        assertThat(population.find(ids.get(0))).isEmpty();
        assertThat(population.find(ids.get(ids.size() - 1))).isEmpty();
        IdNumber after = fresh();
        upload("persons", PEOPLE + row(after, "之后", "", "10"), "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(1));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(String register,
            byte[] body) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/registry/imports/" + register).contentType("text/csv").content(body)
                .session(keeper.session()).with(csrf());
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_the_good_rows_load() throws Exception {
        IdNumber good = fresh();
        IdNumber twice = fresh();
        String wrongCheck = fresh().value().substring(0, 17) + "Y";
        IdNumber other = fresh();
        IdNumber elsewhere = fresh();
        String csv = PEOPLE
                + row(good, "孙悦", "13900005555", "10")                                     // line 2
                + row(twice, "钱多", "", "10")                                               // line 3
                + wrongCheck + ",何平,,,01,330106,浙江省杭州市西湖区某路 1 号,,,10,\n"      // line 4
                + other.value() + ",冯雪,,1900-01-01,01,330106,浙江省杭州市西湖区某路 2 号,,,10,\n" // line 5
                + row(twice, "钱多多", "", "10")                                             // line 6
                + row(other, "冯雪", "12345", "10")                                          // line 7
                + "ALSO,BAD\n";                                                             // line 8
        String notKnown = row(elsewhere, "白露", "", "10").replace(",330106,", ",330198,");
        upload("persons", csv + notKnown, "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.rowsRead").value(8))
                .andExpect(jsonPath("$.run.rowsChanged").value(2))
                .andExpect(jsonPath("$.run.rowsRejected").value(6))
                .andExpect(jsonPath("$.rejections[0].line").value(4))
                .andExpect(jsonPath("$.rejections[0].reason").value(org.hamcrest.Matchers.startsWith("id_number：")))
                .andExpect(jsonPath("$.rejections[1].line").value(5))
                .andExpect(jsonPath("$.rejections[1].reason").value("birth_date：出生日期 1900-01-01 与公民身份号码不符。"))
                .andExpect(jsonPath("$.rejections[2].line").value(6))
                .andExpect(jsonPath("$.rejections[2].reason").value("第 6 行与第 3 行的公民身份号码重复。"))
                .andExpect(jsonPath("$.rejections[3].line").value(7))
                .andExpect(jsonPath("$.rejections[3].reason").value(org.hamcrest.Matchers.startsWith("phone：")))
                .andExpect(jsonPath("$.rejections[4].line").value(8))
                .andExpect(jsonPath("$.rejections[5].line").value(9))
                .andExpect(jsonPath("$.rejections[5].reason").value("household_division：行政区划代码 330198 不是已登记的行政区划。"));
        assertThat(population.find(good)).isPresent();
        assertThat(population.find(twice)).isPresent();
        assertThat(population.find(other)).isEmpty();
    }

    @Test
    void all_or_nothing_loads_nobody_when_one_row_is_bad() throws Exception {
        IdNumber good = fresh();
        upload("persons", PEOPLE + row(good, "陆离", "", "10") + row(fresh(), "陆离", "", "99"), "ALL_OR_NOTHING",
                "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.outcome").value("NOTHING_LOADED"))
                .andExpect(jsonPath("$.rejections[0].line").value(3))
                .andExpect(jsonPath("$.rejections[0].reason").value(org.hamcrest.Matchers.startsWith("marital_status：")));
        assertThat(population.find(good)).isEmpty();
    }

    @Test
    void a_gb18030_file_loads_with_its_chinese_intact_and_the_wrong_encoding_is_refused_whole() throws Exception {
        IdNumber a = fresh();
        String csv = PEOPLE + row(a, "欧阳·娜", "", "10");
        upload("persons", csv, "GOOD_ROWS", "UTF-8", Charset.forName("GB18030"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("import.encoding.invalid"));
        assertThat(population.find(a)).isEmpty();
        upload("persons", csv, "GOOD_ROWS", "GB18030", Charset.forName("GB18030"))
                .andExpect(jsonPath("$.run.rowsChanged").value(1));
        long id = population.find(a).orElseThrow().value();
        assertThat(jdbc.sql("select name || household_address from registry.person where id = ?").param(id)
                .query(String.class).single()).isEqualTo("欧阳·娜浙江省杭州市西湖区文三路 " + a.sequence() + " 号");
    }

    @Test
    void malformed_csv_is_refused_whole_with_its_line() throws Exception {
        IdNumber a = fresh();
        upload("persons", PEOPLE + row(a, "甘棠", "", "10") + "\"" + fresh().value() + ",未闭合\n", "GOOD_ROWS",
                "UTF-8", StandardCharsets.UTF_8)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("import.malformed"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("3")));
        assertThat(population.find(a)).isEmpty();
    }

    @Test
    void entities_need_their_representative_in_the_register_and_a_credit_code_once(ApplicationEvents events)
            throws Exception {
        IdNumber boss = fresh();
        upload("persons", PEOPLE + row(boss, "冯老板", "13900006666", "20"), "GOOD_ROWS", "UTF-8",
                StandardCharsets.UTF_8).andExpect(status().isCreated());
        CreditCode first = SyntheticPeople.creditCode();
        CreditCode second;
        do {
            second = SyntheticPeople.creditCode();
        } while (second.equals(first));
        String csv = ENTITIES
                + entity(first, "杭州冯氏贸易有限公司", boss.value(), "1000000")                  // line 2
                + entity(second, "杭州无人科技有限公司", fresh().value(), "500000")              // line 3
                + entity(first, "杭州冯氏贸易有限公司（重复）", boss.value(), "1000000")          // line 4
                + entity(second, "杭州坏账有限公司", boss.value(), "12.345");                     // line 5
        upload("entities", csv, "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.rowsChanged").value(1))
                .andExpect(jsonPath("$.run.rowsRejected").value(3))
                .andExpect(jsonPath("$.rejections[0].line").value(3))
                .andExpect(jsonPath("$.rejections[0].reason")
                        .value("legal_representative_id_number：法定代表人须先在人口库登记。"))
                .andExpect(jsonPath("$.rejections[1].line").value(4))
                .andExpect(jsonPath("$.rejections[1].reason").value("第 4 行与第 2 行的统一社会信用代码重复。"))
                .andExpect(jsonPath("$.rejections[2].line").value(5));
        long id = jdbc.sql("select id from registry.legal_entity where credit_code = ?").param(first.value())
                .query(Long.class).single();
        assertThat(events.stream(EntitiesChanged.class).filter(e -> e.entityIds().contains(new EntityId(id))))
                .hasSize(1);
        String once = ENTITIES + entity(first, "杭州冯氏贸易有限公司", boss.value(), "1000000");
        upload("entities", once, "ALL_OR_NOTHING", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(0));
        upload("entities", ENTITIES + entity(first, "杭州冯氏商贸有限公司", boss.value(), "2000000"),
                "ALL_OR_NOTHING", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(1));
        assertThat(jdbc.sql("""
                        select array_to_string(changed_fields, ',') from registry.legal_entity_history
                         where entity_id = ? order by version""").param(id).query(String.class).list())
                .hasSize(2).last().isEqualTo("name,registeredCapital");
        assertThat(events.stream(EntitiesChanged.class).filter(e -> e.entityIds().contains(new EntityId(id))))
                .hasSize(2);
    }

    @Test
    void synthetic_people_entities_and_parcels_load_one_after_the_other() throws Exception {
        String people = synthetic("people", "120");
        String entities = synthetic("entities", "6");
        String parcels = synthetic("parcels", "15");
        upload("persons", people, "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsRejected").value(0));
        upload("entities", entities, "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsRejected").value(0));
        upload("parcels", parcels, "ALL_OR_NOTHING", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsRead").value(15))
                .andExpect(jsonPath("$.run.rowsRejected").value(0))
                .andExpect(jsonPath("$.run.outcome").value("LOADED"));
        String[] first = parcels.lines().skip(1).findFirst().orElseThrow().split(",", 4);
        String unknownHolder = parcels.lines().findFirst().orElseThrow() + "\n" + first[0] + ",PERSON,"
                + fresh().value() + "," + first[3] + "\n";
        upload("parcels", unknownHolder, "GOOD_ROWS", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsRejected").value(1))
                .andExpect(jsonPath("$.rejections[0].reason",
                        org.hamcrest.Matchers.containsString("不在人口库或法人库中")));
    }

    /**
     * 50,000 people into a register that holds at most a quarter as many go straight into the register: the secondary
     * indexes are dropped and built again (new index objects, the same definitions), a person of the file who was
     * registered before is merged (one history row, his own event), lookups by blind index work, the new people come
     * as batch events of at most 10,000, and the same file again changes nothing. The same file with one bad row
     * under all-or-nothing leaves the register and its indexes exactly as they were.
     */
    @Test
    void a_large_load_into_a_nearly_empty_register_rebuilds_its_indexes_and_publishes_batches(
            ApplicationEvents events) throws Exception {
        Assumptions.assumeTrue(jdbc.sql("select count(*) from registry.person").query(Long.class).single() <= 12_500,
                "the register of this test database is not nearly empty");
        String people = synthetic("people", "50000", "77");
        List<String> lines = people.lines().toList();
        var before = indexes();
        long registered = jdbc.sql("select count(*) from registry.person").query(Long.class).single();

        List<String> oneBad = new java.util.ArrayList<>(lines);
        oneBad.set(30_000, oneBad.get(30_000).replaceFirst("^(\\d{17}).", "$1Z"));
        upload("persons", String.join("\n", oneBad), "ALL_OR_NOTHING", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.outcome").value("NOTHING_LOADED"))
                .andExpect(jsonPath("$.run.rowsRejected").value(1))
                .andExpect(jsonPath("$.rejections[0].line").value(30_001));
        assertThat(indexes()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from registry.person").query(Long.class).single()).isEqualTo(registered);

        // the last person of the file is registered beforehand, and the file gives him a new current address
        String[] last = lines.get(lines.size() - 1).split(",", -1);
        upload("persons", lines.get(0) + "\n" + String.join(",", last), "ALL_OR_NOTHING", "UTF-8",
                StandardCharsets.UTF_8).andExpect(jsonPath("$.run.rowsChanged").value(1));
        IdNumber known = IdNumber.parse(last[0]);
        long knownId = population.find(known).orElseThrow().value();
        before = indexes();
        last[7] = "浙江省杭州市西湖区文三路 100 号";
        List<String> moved = new java.util.ArrayList<>(lines);
        moved.set(lines.size() - 1, String.join(",", last));
        people = String.join("\n", moved);
        upload("persons", people, "ALL_OR_NOTHING", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsRejected").value(0))
                .andExpect(jsonPath("$.run.rowsChanged").value(50_000));
        var after = indexes();
        assertThat(after.values()).containsExactlyInAnyOrderElementsOf(before.values());
        assertThat(after.keySet()).doesNotContainAnyElementsOf(before.keySet());
        assertThat(after.values()).anyMatch(d -> d.contains("UNIQUE") && d.contains("(id_number_index)"))
                .anyMatch(d -> d.contains("person_name_division"));
        assertThat(population.find(known)).contains(new PersonId(knownId));
        assertThat(history(knownId)).containsExactly("1 REGISTERED", "2 UPDATED");
        String[] second = lines.get(lines.size() - 2).split(",");
        long id = population.find(IdNumber.parse(second[0])).orElseThrow().value();
        assertThat(history(id)).as("registered once for the whole range, not a history row each").isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from registry.person_registration_batch
                         where first_person_id <= ? and last_person_id >= ?
                           and actor = (select actor from registry.person_history where person_id = ? and version = 2)""")
                .params(id, id, knownId).query(Long.class).single()).as("registered by the same import").isEqualTo(1);
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/registry/persons/" + id + "/history").session(keeper.session()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.substring(page.indexOf("第 1 版"))).contains(second[1]).contains(second[6])
                .contains("<td>姓名</td>").contains("<td>户籍地址</td>").doesNotContain("??");
        // every column of a row copied in binary reads back as the file gave it
        PersonRecord read = records.person(new PersonId(id)).orElseThrow();
        assertThat(read.idNumber().value()).isEqualTo(second[0]);
        assertThat(java.util.Arrays.asList(read.name(), read.ethnicity().code(), read.householdDivision().value(),
                read.householdAddress(), read.currentAddress(), read.phone(), read.maritalStatus().code(),
                read.status().name())).containsExactly(java.util.stream.Stream.concat(java.util.stream.Stream.of(second[1]),
                        java.util.Arrays.stream(second, 4, 11))
                        .map(v -> v.isEmpty() ? null : v).toList().toArray(new String[0]));
        assertThat(jdbc.sql("""
                        select sex || ' ' || birth_date || ' ' || version || ' ' || (supplied_by = ?)
                               || ' ' || (changed_at = (select registered_at from registry.person_registration_batch
                                                         where first_person_id <= p.id and last_person_id >= p.id))
                          from registry.person p where id = ?""")
                .params(organization.departmentByCode("ZJ-HZ-XH-GA").orElseThrow().id(), id)
                .query(String.class).single()).isEqualTo(second[2] + " " + second[3] + " 1 true true");
        var batches = events.stream(PersonsChanged.class).filter(e -> e.personIds().size() > 1).toList();
        assertThat(batches).hasSize(5).allSatisfy(e -> assertThat(e.changedFields()).contains("idNumber"));
        assertThat(batches.stream().mapToInt(e -> e.personIds().size())).containsExactly(10_000, 10_000, 10_000,
                10_000, 9_999);
        assertThat(batches.stream().flatMap(e -> e.personIds().stream()).distinct()).hasSize(49_999)
                .contains(new PersonId(id)).doesNotContain(new PersonId(knownId));
        assertThat(events.stream(PersonsChanged.class).filter(e -> e.personIds().equals(List.of(new PersonId(knownId)))))
                .extracting(PersonsChanged::changedFields).contains(java.util.Set.of("currentAddress"));

        upload("persons", people, "ALL_OR_NOTHING", "UTF-8", StandardCharsets.UTF_8)
                .andExpect(jsonPath("$.run.rowsChanged").value(0))
                .andExpect(jsonPath("$.run.rowsUnchanged").value(50_000));
        assertThat(indexes()).isEqualTo(after);
        assertThat(events.stream(PersonsChanged.class).filter(e -> e.personIds().size() > 1)).hasSize(5);
    }

    /** The secondary indexes of the people, object id to definition. */
    private java.util.Map<Long, String> indexes() {
        return jdbc.sql("""
                        select indexrelid::bigint, regexp_replace(pg_get_indexdef(indexrelid), ' ON .*? USING', ' USING')
                          from pg_index
                         where indrelid = 'registry.person'::regclass and not indisprimary""")
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    private String synthetic(String kind, String count) throws Exception {
        return synthetic(kind, count, "20261122");
    }

    private String synthetic(String kind, String count, String seed) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/admin/registry/synthetic").with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("sysadmin-test").authorities(
                                        new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                                "registry:generate")))
                        .param("kind", kind).param("count", count).param("seed", seed).param("people", "120"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void importing_people_needs_a_staff_member_of_a_department() throws Exception {
        mvc.perform(multipart("/api/v1/registry/imports/persons")
                        .file(new MockMultipartFile("file", "p.csv", "text/csv",
                                (PEOPLE + row(fresh(), "无名", "", "10")).getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "GOOD_ROWS")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("importer-test").authorities(
                                        new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                                "registry:import"))))
                .andExpect(status().isForbidden());
    }

    static String entity(CreditCode code, String name, String representative, String capital) {
        return "%s,%s,LIMITED_LIABILITY_COMPANY,%s,%s,2020-05-01,杭州市西湖区市场监督管理局,330106,浙江省杭州市西湖区西溪路 1 号,技术开发,\n"
                .formatted(code.value(), name, representative, capital);
    }

    private List<String> history(long personId) {
        return jdbc.sql("select version || ' ' || kind from registry.person_history where person_id = ? order by version")
                .param(personId).query(String.class).list();
    }

    private ResultActions upload(String register, String csv, String mode, String encoding, Charset charset)
            throws Exception {
        return mvc.perform(multipart("/api/v1/registry/imports/" + register)
                .file(new MockMultipartFile("file", register + ".csv", "text/csv", csv.getBytes(charset)))
                .param("mode", mode).param("encoding", encoding).session(keeper.session()).with(csrf()));
    }
}
