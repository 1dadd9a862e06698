package org.yiwang.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.notification.Notice;

@Repository
class MessageRepository {

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the message unless one with the same key exists; empty then. */
    Optional<Long> insert(Notice notice, Instant at) {
        return jdbc.sql("""
                insert into notification.message (account_id, title, body, link, dedup_key, created_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (dedup_key) do nothing
                returning id""")
                .params(notice.accountId(), notice.title(), notice.body(), notice.link(), notice.key(),
                        Timestamp.from(at))
                .query(Long.class).optional();
    }

    List<InboxMessage> inbox(long accountId, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                select id, title, body, link, created_at, read_at from notification.message
                where account_id = ? and (not ? or read_at is null)
                order by created_at desc, id desc limit ?""")
                .params(accountId, unreadOnly, limit).query(MessageRepository::map).list();
    }

    Optional<InboxMessage> byId(long accountId, long id) {
        return jdbc.sql("""
                select id, title, body, link, created_at, read_at from notification.message
                where account_id = ? and id = ?""")
                .params(accountId, id).query(MessageRepository::map).optional();
    }

    int unreadCount(long accountId) {
        return jdbc.sql("select count(*) from notification.message where account_id = ? and read_at is null")
                .param(accountId).query(Integer.class).single();
    }

    /** Marks one message read; false when the account has no such message. */
    boolean markRead(long accountId, long id, Instant at) {
        return jdbc.sql("""
                update notification.message set read_at = coalesce(read_at, ?) where account_id = ? and id = ?""")
                .params(Timestamp.from(at), accountId, id).update() == 1;
    }

    int markAllRead(long accountId, Instant at) {
        return jdbc.sql("update notification.message set read_at = ? where account_id = ? and read_at is null")
                .params(Timestamp.from(at), accountId).update();
    }

    void recordDelivery(long messageId, String channel, String maskedAddress, String status, String error) {
        jdbc.sql("""
                insert into notification.delivery (message_id, channel, address, status, error)
                values (?, ?, ?, ?, ?)""")
                .params(messageId, channel, maskedAddress, status, error).update();
    }

    private static InboxMessage map(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new InboxMessage(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }
}
