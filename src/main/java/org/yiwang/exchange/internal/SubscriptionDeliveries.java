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

/** The subscription outbox: messages waiting, delivered, or dead after their last attempt. */
@Repository
class SubscriptionDeliveries {

    enum Status {
        PENDING, DELIVERED, DEAD
    }

    record Delivery(long id, long grantId, UUID messageId, String subjectKind, String bodyEnc, Instant signedAt,
            Status status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
            Instant deliveredAt) {
    }

    private final JdbcClient jdbc;

    SubscriptionDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long grantId, UUID messageId, String subjectKind, String bodyEnc, Instant at) {
        jdbc.sql("""
                insert into exchange.subscription_delivery (grant_id, message_id, subject_kind, body_enc, signed_at,
                    status, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(grantId, messageId, subjectKind, bodyEnc, Timestamp.from(at), Timestamp.from(at),
                        Timestamp.from(at))
                .update();
    }

    /**
     * Takes up to {@code limit} due messages for this node: pushes their next attempt out by {@code lease}, so
     * that another node (or the next poll) leaves them alone while they are being sent.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                update exchange.subscription_delivery set next_attempt_at = ?
                where id in (select id from exchange.subscription_delivery
                             where status = 'PENDING' and next_attempt_at <= ?
                             order by next_attempt_at limit ? for update skip locked)
                returning *""")
                .params(Timestamp.from(leaseUntil), Timestamp.from(now), limit)
                .query(SubscriptionDeliveries::map).list();
    }

    void delivered(long id, int attempts, Instant at) {
        jdbc.sql("""
                update exchange.subscription_delivery set status = 'DELIVERED', attempts = ?, delivered_at = ?,
                    last_error = null where id = ?""")
                .params(attempts, Timestamp.from(at), id).update();
    }

    void failed(long id, int attempts, Status status, Instant next, String error) {
        jdbc.sql("""
                update exchange.subscription_delivery set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?
                where id = ?""")
                .params(status.name(), attempts, Timestamp.from(next), error, id).update();
    }

    /** Puts a dead message back in the queue for a fresh round of attempts; false if it is not dead. */
    boolean replay(long id, Instant now) {
        return jdbc.sql("""
                update exchange.subscription_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?
                where id = ? and status = 'DEAD'""")
                .params(Timestamp.from(now), id).update() == 1;
    }

    Optional<Delivery> byId(long id) {
        return jdbc.sql("select * from exchange.subscription_delivery where id = ?").param(id)
                .query(SubscriptionDeliveries::map).optional();
    }

    Optional<Delivery> byMessage(UUID messageId) {
        return jdbc.sql("select * from exchange.subscription_delivery where message_id = ?").param(messageId)
                .query(SubscriptionDeliveries::map).optional();
    }

    List<Delivery> dead(int limit) {
        return jdbc.sql("select * from exchange.subscription_delivery where status = 'DEAD' order by id desc limit ?")
                .param(limit).query(SubscriptionDeliveries::map).list();
    }

    List<Delivery> ofGrant(long grantId, int limit) {
        return jdbc.sql("select * from exchange.subscription_delivery where grant_id = ? order by id desc limit ?")
                .params(grantId, limit).query(SubscriptionDeliveries::map).list();
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Delivery(rs.getLong("id"), rs.getLong("grant_id"), UUID.fromString(rs.getString("message_id")),
                rs.getString("subject_kind"), rs.getString("body_enc"), rs.getTimestamp("signed_at").toInstant(),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), delivered == null ? null : delivered.toInstant());
    }
}
