package org.yiwang.registry;

import java.sql.Connection;
import org.springframework.jdbc.core.JdbcTemplate;

/** What an intruder with database superuser rights could do: switch the triggers off and rewrite a row. */
final class DataUseTampering {

    private DataUseTampering() {
    }

    static void setPurpose(JdbcTemplate jdbc, long seq, String purpose) {
        jdbc.execute((Connection c) -> {
            try (var statement = c.prepareStatement("update registry.data_use set purpose = ? where seq = ?");
                    var role = c.createStatement()) {
                role.execute("set session_replication_role = replica");
                statement.setString(1, purpose);
                statement.setLong(2, seq);
                statement.executeUpdate();
                role.execute("set session_replication_role = origin");
            }
            return null;
        });
    }
}
