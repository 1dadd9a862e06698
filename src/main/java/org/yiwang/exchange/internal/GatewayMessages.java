package org.yiwang.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gateway's own log of answers, the consumers' spent nonces, and the statistics drawn from them. */
@Repository
class GatewayMessages {

    /** One answer of the gateway, delivered or refused. */
    record Message(UUID messageId, Instant at, Long grantId, String resourceCode, String account, Long departmentId,
            String channel, String outcome, String rule, int records, List<String> fields, String consumerNonce,
            String bodySm3) {
    }

    /** Deliveries and refusals under one grant (or, with a null grant, refusals that named no valid grant). */
    record GrantStats(Long grantId, String resourceCode, Long departmentId, long delivered, long refused,
            long records, Instant last) {
    }

    private final JdbcClient jdbc;

    GatewayMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Message m) {
        jdbc.sql("""
                insert into exchange.gateway_message (message_id, at, grant_id, resource_code, account, department_id,
                    channel, outcome, rule, records, fields, consumer_nonce, body_sm3)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.messageId(), Timestamp.from(m.at()), m.grantId(), m.resourceCode(), m.account(),
                        m.departmentId(), m.channel(), m.outcome(), m.rule(), m.records(),
                        m.fields() == null ? null : m.fields().toArray(String[]::new), m.consumerNonce(), m.bodySm3())
                .update();
    }

    /** Spends a nonce; false when it was spent before (a replay). */
    boolean spendNonce(String nonce, long grantId, Instant at) {
        return jdbc.sql("insert into exchange.consumer_nonce (nonce, grant_id, seen_at) values (?, ?, ?) on conflict do nothing")
                .params(nonce, grantId, Timestamp.from(at)).update() == 1;
    }

    Optional<Message> byId(UUID messageId) {
        return jdbc.sql("select * from exchange.gateway_message where message_id = ?").param(messageId)
                .query(GatewayMessages::map).optional();
    }

    List<Message> ofGrant(long grantId, int limit) {
        return jdbc.sql("select * from exchange.gateway_message where grant_id = ? order by at desc limit ?")
                .params(grantId, limit).query(GatewayMessages::map).list();
    }

    List<Message> latestRefusals(int limit) {
        return jdbc.sql("select * from exchange.gateway_message where outcome = 'REFUSED' order by at desc limit ?")
                .param(limit).query(GatewayMessages::map).list();
    }

    List<GrantStats> perGrant(Instant since) {
        return jdbc.sql("""
                select grant_id, min(resource_code) as resource_code, min(department_id) as department_id,
                       count(*) filter (where outcome = 'DELIVERED') as delivered,
                       count(*) filter (where outcome = 'REFUSED') as refused,
                       coalesce(sum(records), 0) as records, max(at) as last
                from exchange.gateway_message where at >= ?
                group by grant_id order by max(at) desc limit 200""")
                .param(Timestamp.from(since))
                .query((rs, n) -> {
                    long grant = rs.getLong("grant_id");
                    Long grantId = rs.wasNull() ? null : grant;
                    long department = rs.getLong("department_id");
                    Long departmentId = rs.wasNull() ? null : department;
                    return new GrantStats(grantId, rs.getString("resource_code"), departmentId, rs.getLong("delivered"),
                            rs.getLong("refused"), rs.getLong("records"), rs.getTimestamp("last").toInstant());
                }).list();
    }

    private static Message map(ResultSet rs, int row) throws SQLException {
        long grant = rs.getLong("grant_id");
        Long grantId = rs.wasNull() ? null : grant;
        long department = rs.getLong("department_id");
        Long departmentId = rs.wasNull() ? null : department;
        return new Message(UUID.fromString(rs.getString("message_id")), rs.getTimestamp("at").toInstant(), grantId,
                rs.getString("resource_code"), rs.getString("account"), departmentId, rs.getString("channel"),
                rs.getString("outcome"), rs.getString("rule"), rs.getInt("records"),
                AccessRequestRepository.strings(rs.getArray("fields")), rs.getString("consumer_nonce"),
                rs.getString("body_sm3"));
    }
}
