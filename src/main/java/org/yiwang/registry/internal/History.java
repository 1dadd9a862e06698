package org.yiwang.registry.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.registry.ChangeSource;

/**
 * Writes the append-only change history of both registers. Old and new values are kept for the fields that
 * are not sensitive; a sensitive field that changed is named, never shown.
 */
@Component
class History {

    enum Kind { REGISTERED, UPDATED }

    /** Which history table, and the column that points at the changed row. */
    enum Table {
        PERSON("registry.person_history", "person_id"), ENTITY("registry.legal_entity_history", "entity_id");

        final String name;
        final String key;

        Table(String name, String key) {
            this.name = name;
            this.key = key;
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    History(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void write(Table table, long id, int version, Instant at, ChangeSource source, Kind kind, Set<String> changed,
            Map<String, String> before, Map<String, String> after, Set<String> sensitive) {
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        for (String field : changed) {
            if (!sensitive.contains(field)) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("old", before.get(field));
                values.put("new", after.get(field));
                changes.put(field, values);
            }
        }
        jdbc.sql("insert into " + table.name + " (" + table.key + """
                , version, changed_at, department_id, actor, kind, changed_fields, changes)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(id, version, Timestamp.from(at), source.departmentId(), source.actor(), kind.name(),
                        changed.toArray(String[]::new), toJson(changes))
                .update();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
