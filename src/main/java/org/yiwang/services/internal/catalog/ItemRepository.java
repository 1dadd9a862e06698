package org.yiwang.services.internal.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog's rows in {@code services.service_item}; materials, form and lanes as JSON. */
@Repository
public class ItemRepository {

    private static final TypeReference<List<Material>> MATERIALS = new TypeReference<>() { };
    private static final TypeReference<List<FormField>> FORM = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> LANES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ItemRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ServiceItem> byCode(String code) {
        return jdbc.sql("select * from services.service_item where code = ?").param(code).query(this::map).optional();
    }

    public List<ServiceItem> all() {
        return jdbc.sql("select * from services.service_item order by code").query(this::map).list();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from services.service_item where code = ?").param(code)
                .query(Integer.class).single() > 0;
    }

    void save(ServiceItem item, String by) {
        jdbc.sql("""
                insert into services.service_item (code, name, kind, audience, lead_department, departments, legal_basis,
                    conditions, materials, form, lanes, statutory_days, promised_days, fee_fen, fee_note, process_key,
                    visits, place, hours, consultation, complaint, life_events, enterprise_events, licence_type,
                    licence_years, status, updated_at, updated_by)
                values (:code, :name, :kind, :audience, :lead, :departments, :legalBasis, :conditions,
                    cast(:materials as jsonb), cast(:form as jsonb), cast(:lanes as jsonb), :statutory, :promised,
                    :fee, :feeNote, :processKey, :visits, :place, :hours, :consultation, :complaint, :lifeEvents,
                    :enterpriseEvents, :licenceType, :licenceYears, :status, now(), :by)
                on conflict (code) do update set name = excluded.name, kind = excluded.kind,
                    audience = excluded.audience, lead_department = excluded.lead_department,
                    departments = excluded.departments, legal_basis = excluded.legal_basis,
                    conditions = excluded.conditions, materials = excluded.materials, form = excluded.form,
                    lanes = excluded.lanes, statutory_days = excluded.statutory_days,
                    promised_days = excluded.promised_days, fee_fen = excluded.fee_fen, fee_note = excluded.fee_note,
                    process_key = excluded.process_key, visits = excluded.visits, place = excluded.place,
                    hours = excluded.hours, consultation = excluded.consultation, complaint = excluded.complaint,
                    life_events = excluded.life_events, enterprise_events = excluded.enterprise_events,
                    licence_type = excluded.licence_type, licence_years = excluded.licence_years,
                    status = excluded.status, updated_at = now(), updated_by = excluded.updated_by
                """)
                .param("code", item.code()).param("name", item.name()).param("kind", item.kind().name())
                .param("audience", item.audience().name()).param("lead", item.leadDepartment())
                .param("departments", item.departments().toArray(String[]::new))
                .param("legalBasis", item.legalBasis()).param("conditions", item.conditions())
                .param("materials", write(item.materials())).param("form", write(item.form()))
                .param("lanes", write(item.lanes())).param("statutory", item.statutoryDays())
                .param("promised", item.promisedDays()).param("fee", item.feeFen()).param("feeNote", item.feeNote())
                .param("processKey", item.processKey()).param("visits", item.visits()).param("place", item.place())
                .param("hours", item.hours()).param("consultation", item.consultation())
                .param("complaint", item.complaint())
                .param("lifeEvents", item.lifeEvents().toArray(String[]::new))
                .param("enterpriseEvents", item.enterpriseEvents().toArray(String[]::new))
                .param("licenceType", item.licenceType()).param("licenceYears", item.licenceYears())
                .param("status", item.status().name()).param("by", by)
                .update();
    }

    private ServiceItem map(ResultSet rs, int row) throws SQLException {
        return new ServiceItem(rs.getString("code"), rs.getString("name"), ItemKind.valueOf(rs.getString("kind")),
                Audience.valueOf(rs.getString("audience")), rs.getString("lead_department"),
                strings(rs.getArray("departments")), rs.getString("legal_basis"), rs.getString("conditions"),
                read(rs.getString("materials"), MATERIALS), read(rs.getString("form"), FORM),
                read(rs.getString("lanes"), LANES), rs.getInt("statutory_days"), rs.getInt("promised_days"),
                rs.getLong("fee_fen"), rs.getString("fee_note"), rs.getString("process_key"), rs.getInt("visits"),
                rs.getString("place"), rs.getString("hours"), rs.getString("consultation"), rs.getString("complaint"),
                strings(rs.getArray("life_events")), strings(rs.getArray("enterprise_events")),
                rs.getString("licence_type"), (Integer) rs.getObject("licence_years"),
                ItemStatus.valueOf(rs.getString("status")), rs.getTimestamp("updated_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable catalog JSON", e);
        }
    }
}
