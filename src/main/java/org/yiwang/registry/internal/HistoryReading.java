package org.yiwang.registry.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** The columns of {@code registry.person} that the history shows, as {@code PersonRecord#fields()} names them. */
    private static final List<String> PERSON_COLUMNS = List.of("name", "ethnicity", "householdDivision",
            "householdAddress", "currentAddress", "maritalStatus", "status");

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
        List<Row> rows = new ArrayList<>(rows("registry.person_history", "person_id", personId));
        if (rows.stream().noneMatch(row -> row.version == 1)) {
            // registered by a load straight into the register, which recorded the registration for its whole range
            rows.addAll(jdbc.sql("""
                            select 1, registered_at, department_id, actor, 'REGISTERED', changed_fields, '{}'
                              from registry.person_registration_batch
                             where first_person_id <= ? and last_person_id >= ?""")
                    .params(personId, personId).query((rs, n) -> new Row(rs)).list());
        }
        restoreRegistered(rows, jdbc.sql("""
                        select name, ethnicity, household_division, household_address, current_address, marital_status,
                               status
                          from registry.person where id = ?""").param(personId)
                .query((rs, n) -> {
                    Map<String, String> values = new HashMap<>();
                    for (int i = 0; i < PERSON_COLUMNS.size(); i++) {
                        values.put(PERSON_COLUMNS.get(i), rs.getString(i + 1));
                    }
                    return values;
                }).single());
        List<Entry> entries = rows.stream().map(row -> row.entry(masked)).toList();
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
        List<Entry> entries = rows("registry.legal_entity_history", "entity_id", entityId).stream()
                .map(row -> row.entry(masked)).toList();
        dataUse.append(new DataUseChain.Use(reader.account(), reader.departmentId(), PURPOSE, SubjectKind.ENTITY,
                crypto.blindIndex(subject[0]), List.of("history"), UUID.randomUUID()));
        return new Subject(entityId, subject[1], entries, masked);
    }

    /** One history row as stored: the changes still as JSON, values in the clear. */
    private final class Row {

        final int version;
        final Instant changedAt;
        final long departmentId;
        final String actor;
        final String kind;
        final List<String> fields;
        final ObjectNode changes;

        Row(ResultSet rs) throws SQLException {
            version = rs.getInt(1);
            changedAt = rs.getTimestamp(2).toInstant();
            departmentId = rs.getLong(3);
            actor = rs.getString(4);
            kind = rs.getString(5);
            fields = Arrays.asList((String[]) rs.getArray(6).getArray());
            changes = (ObjectNode) parse(rs.getString(7));
        }

        Entry entry(boolean masked) {
            return new Entry(version, changedAt, department(departmentId), actor, kind, changes(masked));
        }

        private List<Change> changes(boolean masked) {
            List<Change> list = new ArrayList<>();
            for (String field : fields) {
                JsonNode value = changes.get(field);
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
    }

    private List<Row> rows(String table, String key, long id) {
        return jdbc.sql("select version, changed_at, department_id, actor, kind, changed_fields, changes::text from "
                        + table + " where " + key + " = ? order by version desc")
                .param(id)
                .query((rs, n) -> new Row(rs))
                .list();
    }

    /**
     * A bulk import registers people without repeating their values in the history (its REGISTERED rows and
     * registration batches have empty changes): they are the values of the record itself before any later change, so they are put back here by
     * walking from the current values back through the old values of every later change, newest first.
     */
    private static void restoreRegistered(List<Row> newestFirst, Map<String, String> current) {
        Map<String, String> values = new HashMap<>(current);
        for (Row row : newestFirst) {
            if (row.kind.equals("REGISTERED") && row.changes.isEmpty()) {
                for (String field : row.fields) {
                    if (values.containsKey(field)) {
                        ObjectNode value = row.changes.putObject(field);
                        value.putNull("old");
                        value.put("new", values.get(field));
                    }
                }
            } else {
                row.changes.fields().forEachRemaining(change -> values.put(change.getKey(),
                        text(change.getValue().get("old"), UnaryOperator.identity())));
            }
        }
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
