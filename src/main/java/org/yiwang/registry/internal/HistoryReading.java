package org.yiwang.registry.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.crypto.CryptoService;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.SubjectKind;

/**
 * The change history of one person's or entity's record as a reader may see it: who changed which fields when, and the
 * old and new values, masked like the record itself without the full-view permission. Showing the history is a use of
 * the record and writes a data-use record.
 */
@Service
class HistoryReading {

    /** The purpose recorded in the data-use log for a look at a record's history. */
    static final String PURPOSE = "查看登记记录变更历史";
    private static final Set<String> MASKED_NAMES = Set.of("name");
    private static final Set<String> MASKED_ADDRESSES = Set.of("householdAddress", "currentAddress");

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final DataUseChain dataUse;
    private final CryptoService crypto;
    private final OrganizationDirectory organization;

    HistoryReading(JdbcClient jdbc, ObjectMapper json, DataUseChain dataUse, CryptoService crypto,
            OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.json = json;
        this.dataUse = dataUse;
        this.crypto = crypto;
        this.organization = organization;
    }

    record Change(String field, String oldValue, String newValue, boolean sensitive) {
    }

    record Entry(int version, Instant changedAt, String department, String actor, String kind, List<Change> changes) {
    }

    /** Whose history, for the page's heading: the record's name as the reader may see it. */
    record Subject(long id, String name, List<Entry> entries, boolean masked) {
    }

    @Transactional
    Subject person(long personId, Reader reader) {
        var subject = jdbc.sql("select id_number_index, name from registry.person where id = ?").param(personId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(() -> notFound("personId", "registry.person.not-found"));
        boolean masked = !reader.fullView();
        List<Entry> entries = entries("registry.person_history", "person_id", personId, masked);
        dataUse.append(new DataUseChain.Use(reader.account(), reader.departmentId(), PURPOSE, SubjectKind.PERSON,
                subject[0], List.of(masked ? "history:masked" : "history"), UUID.randomUUID()));
        return new Subject(personId, masked ? Masking.name(subject[1]) : subject[1], entries, masked);
    }

    @Transactional
    Subject entity(long entityId, Reader reader) {
        var subject = jdbc.sql("select credit_code, name from registry.legal_entity where id = ?").param(entityId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(() -> notFound("entityId", "registry.entity.not-found"));
        boolean masked = !reader.fullView();
        List<Entry> entries = entries("registry.legal_entity_history", "entity_id", entityId, masked);
        dataUse.append(new DataUseChain.Use(reader.account(), reader.departmentId(), PURPOSE, SubjectKind.ENTITY,
                crypto.blindIndex(subject[0]), List.of("history"), UUID.randomUUID()));
        return new Subject(entityId, subject[1], entries, masked);
    }

    private List<Entry> entries(String table, String key, long id, boolean masked) {
        return jdbc.sql("select version, changed_at, department_id, actor, kind, changed_fields, changes::text from "
                        + table + " where " + key + " = ? order by version desc")
                .param(id)
                .query((rs, n) -> new Entry(rs.getInt(1), rs.getTimestamp(2).toInstant(), department(rs.getLong(3)),
                        rs.getString(4), rs.getString(5), changes(rs.getArray(6), rs.getString(7), masked)))
                .list();
    }

    private List<Change> changes(Array fields, String changes, boolean masked) throws SQLException {
        JsonNode values = parse(changes);
        List<Change> list = new ArrayList<>();
        for (String field : Arrays.asList((String[]) fields.getArray())) {
            JsonNode value = values.get(field);
            if (value == null) {
                list.add(new Change(field, null, null, true));
                continue;
            }
            UnaryOperator<String> mask = !masked ? UnaryOperator.identity()
                    : MASKED_NAMES.contains(field) ? Masking::name
                    : MASKED_ADDRESSES.contains(field) ? Masking::address
                    : UnaryOperator.identity();
            list.add(new Change(field, text(value.get("old"), mask), text(value.get("new"), mask), false));
        }
        return list;
    }

    private static String text(JsonNode value, UnaryOperator<String> mask) {
        return value == null || value.isNull() ? null : mask.apply(value.asText());
    }

    private JsonNode parse(String changes) {
        try {
            return json.readTree(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String department(long id) {
        return organization.department(id).map(Department::name).orElse(String.valueOf(id));
    }

    private static RuleViolationException notFound(String field, String rule) {
        return new RuleViolationException(HttpStatus.NOT_FOUND, List.of(RuleViolation.of(field, rule)));
    }
}
