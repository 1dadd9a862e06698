package org.yiwang.audit.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditRecord;

/** Reads the trail for the audit administrator, newest first (sealed or not), with simple filters. */
@Repository
class AuditRecords {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    AuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(String actor, String action, AuditOutcome outcome, LocalDate from, LocalDate to) {
    }

    List<AuditRecord> find(Filter filter, int page, int size) {
        StringBuilder sql = new StringBuilder("select * from audit.audit_record where true");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and actor = ?");
            params.add(filter.actor().trim());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" and action like ?");
            params.add(filter.action().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.outcome() != null) {
            sql.append(" and outcome = ?");
            params.add(filter.outcome().name());
        }
        if (filter.from() != null) {
            sql.append(" and recorded_at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and recorded_at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        sql.append(" order by id desc limit ? offset ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditRecord(
                rs.getLong("id"), rs.getObject("seq", Long.class), rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("client_address"), rs.getString("detail"), rs.getString("previous_hash"),
                rs.getString("hash"))).list();
    }
}
