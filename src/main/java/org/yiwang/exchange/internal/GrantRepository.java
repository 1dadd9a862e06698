package org.yiwang.exchange.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class GrantRepository {

    private final JdbcClient jdbc;

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(AccessRequest r, List<String> items, int ratePerMinute, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into exchange.access_grant (request_id, resource_code, source, provider_department_id,
                    consumer_department_id, items, purpose, method, callback_url, consumer_key_pem, valid_from,
                    valid_until, rate_per_minute, granted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.resourceCode(), r.source(), r.providerDepartmentId(), r.consumerDepartmentId(),
                        items.toArray(String[]::new), r.purpose(), r.method(), r.callbackUrl(), r.consumerKeyPem(),
                        Date.valueOf(r.validFrom()), Date.valueOf(r.validUntil()), ratePerMinute, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Grant> byId(long id) {
        return jdbc.sql("select * from exchange.access_grant where id = ?").param(id).query(GrantRepository::map)
                .optional();
    }

    Optional<Grant> byIdForUpdate(long id) {
        return jdbc.sql("select * from exchange.access_grant where id = ? for update").param(id)
                .query(GrantRepository::map).optional();
    }

    void revoke(long id, Instant at, String by, String reason) {
        jdbc.sql("update exchange.access_grant set revoked_at = ?, revoked_by = ?, revoke_reason = ? where id = ?")
                .params(Timestamp.from(at), by, reason, id).update();
    }

    /** Subscriptions to a source that deliver on this day. */
    List<Grant> activeSubscriptions(String source, LocalDate day) {
        return jdbc.sql("""
                select * from exchange.access_grant where method = 'SUBSCRIPTION' and source = ? and revoked_at is null
                    and valid_from <= ? and valid_until >= ? order by id""")
                .params(source, Date.valueOf(day), Date.valueOf(day)).query(GrantRepository::map).list();
    }

    List<Grant> ofConsumer(long departmentId) {
        return jdbc.sql("select * from exchange.access_grant where consumer_department_id = ? order by id desc")
                .param(departmentId).query(GrantRepository::map).list();
    }

    List<Grant> ofResource(String resourceCode) {
        return jdbc.sql("select * from exchange.access_grant where resource_code = ? order by id desc")
                .param(resourceCode).query(GrantRepository::map).list();
    }

    static Grant map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Grant(rs.getLong("id"), rs.getLong("request_id"), rs.getString("resource_code"),
                rs.getString("source"), rs.getLong("provider_department_id"), rs.getLong("consumer_department_id"),
                AccessRequestRepository.strings(rs.getArray("items")), rs.getString("purpose"), rs.getString("method"),
                rs.getString("callback_url"), rs.getString("consumer_key_pem"), rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_until").toLocalDate(), rs.getInt("rate_per_minute"),
                rs.getTimestamp("granted_at").toInstant(), revoked == null ? null : revoked.toInstant(),
                rs.getString("revoked_by"), rs.getString("revoke_reason"));
    }
}
