package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;
import org.yiwang.crypto.CryptoService;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SyntheticPeople;

/**
 * The natural resources and geospatial register through the API: two parcels near 西湖区, a triangle and a small
 * square, placed away from anything else the suite records (longitude 121.9x).
 */
@PlatformTest
class ParcelsIT {

    static final String TRIANGLE = "330106001002GB00001W00000000";
    static final String SQUARE = "330106001002GB00002W00000000";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CryptoService crypto;
    long personId;
    long entityId;

    static RequestPostProcessor keeper() {
        return user("keeper-test").authorities(new SimpleGrantedAuthority("registry:parcel:manage"),
                new SimpleGrantedAuthority("registry:parcel:read"));
    }

    static RequestPostProcessor staff() {
        return user("staff-test").authorities(new SimpleGrantedAuthority("registry:parcel:read"));
    }

    /**
     * The right holders, written straight into the population and legal-entity registers: their own services are
     * not what this test is about, and only the row ids matter here.
     */
    @BeforeEach
    void record_the_holders_and_the_two_parcels() throws Exception {
        IdNumber holder = SyntheticPeople.idNumber();
        personId = jdbc.queryForObject("""
                insert into registry.person (id_number_index, id_number_enc, name, sex, birth_date, ethnicity,
                       household_division, household_address, marital_status, status, supplied_by, changed_at)
                values (?, ?, '宗地权利人', ?, ?, '01', '330106', '浙江省杭州市西湖区', '20', 'LIVING', 1, now())
                returning id""", Long.class, crypto.blindIndex(holder.value()), crypto.encrypt(holder.value()),
                holder.sex().name(), holder.birthDate());
        entityId = jdbc.queryForObject("""
                insert into registry.legal_entity (credit_code, name, entity_type, legal_representative_id,
                       registered_capital, established_on, registration_authority, domicile_division, domicile_address,
                       status, supplied_by, changed_at)
                values (?, '宗地测试有限公司', 'LIMITED_LIABILITY_COMPANY', ?, 1000000, date '2010-01-01',
                       '西湖区市场监督管理局', '330106', '浙江省杭州市西湖区', 'SUBSISTING', 1, now())
                on conflict (credit_code) do update set name = excluded.name
                returning id""", Long.class,
                CreditCode.of('9', '1', DivisionCode.parse("330106"), "PARCE1T1").value(), personId);
        record(TRIANGLE, "PERSON", "07", "[[121.90,30.20],[121.92,30.20],[121.90,30.22],[121.90,30.20]]");
        record(SQUARE, "LEGAL_ENTITY", "06", "[[121.95,30.20],[121.96,30.20],[121.96,30.21],[121.95,30.21],[121.95,30.20]]");
    }

    @Test
    void a_holder_must_be_in_the_registers() throws Exception {
        mvc.perform(put("/api/v1/registry/parcels/330106001002GB00004W00000000").with(keeper())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"holderKind":"LEGAL_ENTITY","holderId":"%d","landUse":"07","area":"10","divisionCode":"330106",
                                 "boundary":{"type":"Polygon","coordinates":[[[121.99,30.20],[121.995,30.20],[121.99,30.205],[121.99,30.20]]]}}"""
                                .formatted(personId + entityId + 1000)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("parcel.holder.unknown"));
    }

    @Test
    void a_point_finds_the_parcel_whose_boundary_covers_it() throws Exception {
        mvc.perform(get("/api/v1/registry/parcels").param("containing", "121.905,30.205").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parcels", hasSize(1)))
                .andExpect(jsonPath("$.parcels[0].code").value(TRIANGLE))
                .andExpect(jsonPath("$.parcels[0].boundary.type").value("Polygon"))
                .andExpect(jsonPath("$.parcels[0].landUseName").value("住宅用地"))
                .andExpect(jsonPath("$.truncated").value(false));
    }

    @Test
    void a_point_inside_the_bounding_box_but_outside_the_triangle_finds_nothing() throws Exception {
        mvc.perform(get("/api/v1/registry/parcels").param("containing", "121.918,30.218").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parcels", hasSize(0)));
    }

    @Test
    void a_box_finds_the_parcels_wholly_inside_it() throws Exception {
        mvc.perform(get("/api/v1/registry/parcels").param("bbox", "121.94,30.19,121.97,30.22").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parcels", hasSize(1)))
                .andExpect(jsonPath("$.parcels[0].code").value(SQUARE))
                .andExpect(jsonPath("$.parcels[0].holderKind").value("LEGAL_ENTITY"))
                .andExpect(jsonPath("$.parcels[0].holderId").value(entityId));
        mvc.perform(get("/api/v1/registry/parcels").param("bbox", "121.89,30.19,121.97,30.23").with(staff()))
                .andExpect(jsonPath("$.parcels", hasSize(2)));
        mvc.perform(get("/api/v1/registry/parcels").param("bbox", "121.91,30.19,121.97,30.23").with(staff()))
                .andExpect(jsonPath("$.parcels", hasSize(1)));
    }

    @Test
    void a_parcel_is_found_by_its_code_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/v1/registry/parcels/" + SQUARE).with(staff()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.divisionCode").value("330106"))
                .andExpect(jsonPath("$.area").value(1234.5))
                .andExpect(jsonPath("$.landUseName").value("Industrial, mining and storage land"))
                .andExpect(jsonPath("$.boundary.coordinates[0]", hasSize(5)));
    }

    @Test
    void an_unknown_parcel_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/v1/registry/parcels/330106001002GB09999W00000000").with(staff()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有编号为 330106001002GB09999W00000000 的宗地。"));
    }

    @Test
    void recording_the_same_parcel_again_changes_nothing() throws Exception {
        record(SQUARE, "LEGAL_ENTITY", "06", "[[121.95,30.20],[121.96,30.20],[121.96,30.21],[121.95,30.21],[121.95,30.20]]")
                .andExpect(jsonPath("$.changed").value(false));
    }

    @Test
    void a_self_intersecting_boundary_is_refused_with_the_rule() throws Exception {
        record("330106001002GB00003W00000000", "PERSON", "01", "[[121.97,30.20],[121.98,30.21],[121.98,30.20],[121.97,30.21],[121.97,30.20]]")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("boundary"))
                .andExpect(jsonPath("$.errors[0].rule").value("parcel.boundary.self-intersecting"));
        mvc.perform(get("/api/v1/registry/parcels/330106001002GB00003W00000000").with(staff()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_query_names_exactly_one_of_point_and_box() throws Exception {
        mvc.perform(get("/api/v1/registry/parcels").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("parcel.query.one-of"));
        mvc.perform(get("/api/v1/registry/parcels").param("bbox", "121.97,30.19,121.94,30.22").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("parcel.query.bbox"));
        mvc.perform(get("/api/v1/registry/parcels").param("containing", "121.9").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("121.9")));
    }

    @Test
    void reading_needs_the_permission_and_recording_needs_a_keeper() throws Exception {
        mvc.perform(get("/api/v1/registry/parcels/" + SQUARE)
                        .with(user("citizen-test").authorities(new SimpleGrantedAuthority("self:manage"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/registry/parcels/" + SQUARE))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/registry/parcels/" + SQUARE).with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void parcels_import_from_csv_and_importing_again_changes_nothing() throws Exception {
        String square = "\"{\"\"type\"\":\"\"Polygon\"\",\"\"coordinates\"\":[[[%s,30.5],[%s,30.5],[%s,30.51],[%s,30.51],[%s,30.5]]]}\"";
        String csv = "code,holder_kind,holder_id,land_use,area,division_code,boundary\n"
                + "330106001002GB00101W00000000,PERSON," + personId + ",01,800," + "330106,"
                + square.formatted("122.50", "122.51", "122.51", "122.50", "122.50") + "\n"
                + "330106001002GB00102W00000000,LEGAL_ENTITY," + entityId + ",05,950.25,330106,"
                + square.formatted("122.52", "122.53", "122.53", "122.52", "122.52") + "\n"
                + "330106001002GB00103W00000000,PERSON," + personId + ",01,10,330106,"
                + "\"{\"\"type\"\":\"\"Polygon\"\",\"\"coordinates\"\":[[[122.6,30.5],[122.61,30.51],[122.61,30.5],[122.6,30.51],[122.6,30.5]]]}\"\n"
                + "330106001002GB00101W00000000,PERSON," + personId + ",01,800,330106,"
                + square.formatted("122.50", "122.51", "122.51", "122.50", "122.50") + "\n";
        MockMultipartFile file = new MockMultipartFile("file", "parcels.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        RequestPostProcessor importer = user("importer-test").authorities(new SimpleGrantedAuthority("registry:import"));
        mvc.perform(multipart("/api/v1/registry/imports/parcels").file(file).param("mode", "GOOD_ROWS").with(importer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.rowsChanged").value(2))
                .andExpect(jsonPath("$.run.rowsRejected").value(2))
                .andExpect(jsonPath("$.rejections[0].line").value(4))
                .andExpect(jsonPath("$.rejections[0].reason", containsString("自相交")))
                .andExpect(jsonPath("$.rejections[1].reason").value("与第 2 行的宗地编号重复。"));
        mvc.perform(multipart("/api/v1/registry/imports/parcels").file(file).param("mode", "GOOD_ROWS").with(importer))
                .andExpect(jsonPath("$.run.rowsChanged").value(0))
                .andExpect(jsonPath("$.run.rowsUnchanged").value(2));
        mvc.perform(get("/api/v1/registry/parcels").param("containing", "122.525,30.505").with(staff()))
                .andExpect(jsonPath("$.parcels", hasSize(1)))
                .andExpect(jsonPath("$.parcels[0].code").value("330106001002GB00102W00000000"))
                .andExpect(jsonPath("$.parcels[0].area").value(950.25));
        String changed = csv.replace(",05,950.25,", ",05,960,");
        mvc.perform(multipart("/api/v1/registry/imports/parcels")
                        .file(new MockMultipartFile("file", "parcels.csv", "text/csv",
                                changed.getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "GOOD_ROWS").with(importer))
                .andExpect(jsonPath("$.run.rowsChanged").value(1));
        assertThat(jdbc.queryForList("""
                select h.kind || ' ' || array_to_string(h.changed_fields, ',') || ' ' || coalesce(h.changes -> 'area' ->> 'old', '-')
                       || ' ' || (h.changes -> 'area' ->> 'new')
                  from registry.parcel_history h join registry.parcel p on p.id = h.parcel_id
                 where p.code = '330106001002GB00102W00000000' order by h.id""", String.class))
                .containsExactly("REGISTERED code,holderKind,holderId,landUse,area,divisionCode,boundary - 950.25",
                        "UPDATED area 950.25 960.00");
    }

    private ResultActions record(String code, String holderKind, String landUse, String ring) throws Exception {
        return mvc.perform(put("/api/v1/registry/parcels/" + code).with(keeper()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"holderKind":"%s","holderId":"%d","landUse":"%s","area":"1234.5","divisionCode":"330106",
                         "boundary":{"type":"Polygon","coordinates":[%s]}}""".formatted(holderKind,
                        holderKind.equals("PERSON") ? personId : entityId, landUse, ring)));
    }
}
