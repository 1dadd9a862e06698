package org.yiwang.exchange.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccessRequestRepository {

    private static final String SELECT = """
            select r.*, g.id as grant_id from exchange.access_request r
            left join exchange.access_grant g on g.request_id = r.id
            """;

    private final JdbcClient jdbc;

    AccessRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ValidRequest r, String requestedBy, long account, RequestStatus status, Instant at, LocalDate dueOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into exchange.access_request (resource_code, resource_name, resource_version, source,
                    sharing_type, provider_department_id, consumer_department_id, requested_by, requested_by_account,
                    items, purpose, legal_basis, method, valid_from, valid_until, expected_volume, callback_url,
                    consumer_key_pem, status, submitted_at, due_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.resource().code(), r.resource().name(), r.resource().version(), r.resource().source(),
                        r.resource().sharingType().name(), r.resource().providerDepartmentId(),
                        r.consumerDepartmentId(), requestedBy, account, r.items().toArray(String[]::new), r.purpose(),
                        r.legalBasis(), r.method().name(), Date.valueOf(r.validFrom()), Date.valueOf(r.validUntil()),
                        r.expectedVolume(), r.callbackUrl(), r.consumerKeyPem(), status.name(), Timestamp.from(at),
                        dueOn == null ? null : Date.valueOf(dueOn))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<AccessRequest> byId(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(AccessRequestRepository::map).optional();
    }

    /** Locks the request, so that two approvers cannot both decide it. */
    Optional<AccessRequest> byIdForUpdate(long id) {
        return jdbc.sql(SELECT + " where r.id = ? for update of r").param(id).query(AccessRequestRepository::map)
                .optional();
    }

    void decide(long id, RequestStatus status, Instant at, String decidedBy, long account, String reasons) {
        jdbc.sql("""
                update exchange.access_request set status = ?, decided_at = ?, decided_by = ?, decided_by_account = ?,
                    reasons = ? where id = ?""")
                .params(status.name(), Timestamp.from(at), decidedBy, account, reasons, id).update();
    }

    List<AccessRequest> pendingFor(long providerDepartmentId, int limit) {
        return jdbc.sql(SELECT + " where r.provider_department_id = ? and r.status = 'PENDING' order by r.due_on, r.id limit ?")
                .params(providerDepartmentId, limit).query(AccessRequestRepository::map).list();
    }

    int countPendingFor(long providerDepartmentId) {
        return jdbc.sql("select count(*) from exchange.access_request where provider_department_id = ? and status = 'PENDING'")
                .param(providerDepartmentId).query(Integer.class).single();
    }

    List<AccessRequest> decidedBy(long account, int limit) {
        return jdbc.sql(SELECT + " where r.decided_by_account = ? order by r.decided_at desc limit ?")
                .params(account, limit).query(AccessRequestRepository::map).list();
    }

    int countDecidedBy(long account) {
        return jdbc.sql("select count(*) from exchange.access_request where decided_by_account = ?")
                .param(account).query(Integer.class).single();
    }

    List<AccessRequest> ofProvider(long departmentId, int limit) {
        return jdbc.sql(SELECT + " where r.provider_department_id = ? order by r.id desc limit ?")
                .params(departmentId, limit).query(AccessRequestRepository::map).list();
    }

    List<AccessRequest> ofConsumer(long departmentId, int limit) {
        return jdbc.sql(SELECT + " where r.consumer_department_id = ? order by r.id desc limit ?")
                .params(departmentId, limit).query(AccessRequestRepository::map).list();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static AccessRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        Date due = rs.getDate("due_on");
        long grant = rs.getLong("grant_id");
        Long grantId = rs.wasNull() ? null : grant;
        return new AccessRequest(rs.getLong("id"), rs.getString("resource_code"), rs.getString("resource_name"),
                rs.getInt("resource_version"), rs.getString("source"), rs.getString("sharing_type"),
                rs.getLong("provider_department_id"), rs.getLong("consumer_department_id"),
                rs.getString("requested_by"), rs.getLong("requested_by_account"), strings(rs.getArray("items")),
                rs.getString("purpose"), rs.getString("legal_basis"), rs.getString("method"),
                rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_until").toLocalDate(),
                rs.getInt("expected_volume"), rs.getString("callback_url"), rs.getString("consumer_key_pem"),
                RequestStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
                due == null ? null : due.toLocalDate(), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"), rs.getString("reasons"), grantId);
    }
}
