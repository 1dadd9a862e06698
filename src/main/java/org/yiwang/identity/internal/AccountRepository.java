package org.yiwang.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiwang.identity.AccountKind;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewAccount(AccountKind kind, String username, String idNumberIndex, String idNumberEnc, String idNumberMasked,
            String creditCode, String displayName, String phoneEnc, Long legalRepresentative, Long departmentId,
            Long positionId, String passwordHash, boolean passwordMustChange) {
    }

    long insert(NewAccount a) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into identity.account (kind, username, id_number_index, id_number_enc, id_number_masked, credit_code,
                    display_name, phone_enc, legal_representative, department_id, position_id, password_hash, password_must_change)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.kind().name(), a.username(), a.idNumberIndex(), a.idNumberEnc(), a.idNumberMasked(),
                        a.creditCode(), a.displayName(), a.phoneEnc(), a.legalRepresentative(), a.departmentId(),
                        a.positionId(), a.passwordHash(), a.passwordMustChange())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Account> byId(long id) {
        return jdbc.sql("select * from identity.account where id = ?").param(id).query(this::map).optional();
    }

    Optional<String> idNumberIndex(long id) {
        return jdbc.sql("select id_number_index from identity.account where id = ? and id_number_index is not null")
                .param(id).query(String.class).optional();
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql("select * from identity.account where username = ?").param(username).query(this::map).optional();
    }

    Optional<Account> byIdNumberIndex(String index) {
        return jdbc.sql("select * from identity.account where id_number_index = ?").param(index).query(this::map).optional();
    }

    Optional<Account> byCreditCode(String creditCode) {
        return jdbc.sql("select * from identity.account where credit_code = ?").param(creditCode).query(this::map).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from identity.account where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    List<Account> staff(Set<Long> departmentIds) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from identity.account where kind in ('STAFF','LEADER') and department_id in (:ids) order by id")
                .param("ids", departmentIds).query(this::map).list();
    }

    List<Account> all(AccountKind kind, int limit) {
        return jdbc.sql("select * from identity.account where (:kind::text is null or kind = :kind) order by id limit :limit")
                .param("kind", kind == null ? null : kind.name()).param("limit", limit).query(this::map).list();
    }

    /** Counts a failure; locks the account when the count reaches the limit. Returns the new count. */
    int recordFailure(long id, int limit, Instant lockUntil) {
        return jdbc.sql("""
                update identity.account
                   set failed_attempts = failed_attempts + 1,
                       locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                 where id = ? returning failed_attempts""")
                .params(limit, Timestamp.from(lockUntil), id).query(Integer.class).single();
    }

    void recordSuccess(long id, Instant at) {
        jdbc.sql("update identity.account set failed_attempts = 0, locked_until = null, last_login_at = ? where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void unlock(long id) {
        jdbc.sql("update identity.account set failed_attempts = 0, locked_until = null, updated_at = now() where id = ?")
                .param(id).update();
    }

    void setStatus(long id, boolean active) {
        jdbc.sql("update identity.account set status = ?, updated_at = now() where id = ?")
                .params(active ? "ACTIVE" : "DISABLED", id).update();
    }

    void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                update identity.account set password_hash = ?, password_must_change = ?, password_changed_at = now(),
                    updated_at = now() where id = ?""").params(hash, mustChange, id).update();
    }

    void setTotpSecret(long id, String secretEnc) {
        jdbc.sql("update identity.account set totp_secret_enc = ?, totp_enabled = false, totp_last_step = null, updated_at = now() where id = ?")
                .params(secretEnc, id).update();
    }

    /** Marks a time step as used; false when it (or a later one) was used already, so a code works once. */
    boolean consumeTotpStep(long id, long step) {
        return jdbc.sql("""
                update identity.account set totp_enabled = true, totp_last_step = ?
                 where id = ? and (totp_last_step is null or totp_last_step < ?)""")
                .params(step, id, step).update() == 1;
    }

    void setScope(long id, boolean subordinateScope) {
        jdbc.sql("update identity.account set subordinate_scope = ?, updated_at = now() where id = ?")
                .params(subordinateScope, id).update();
    }

    Set<String> roles(long accountId) {
        return new TreeSet<>(jdbc.sql("select role_code from identity.account_role where account_id = ?")
                .param(accountId).query(String.class).list());
    }

    Set<String> permissions(long accountId) {
        return new TreeSet<>(jdbc.sql("""
                select distinct rp.permission_code from identity.account_role ar
                  join identity.role_permission rp on rp.role_code = ar.role_code
                 where ar.account_id = ?""").param(accountId).query(String.class).list());
    }

    void grant(long accountId, String role, String grantedBy) {
        jdbc.sql("insert into identity.account_role (account_id, role_code, granted_by) values (?, ?, ?) on conflict do nothing")
                .params(accountId, role, grantedBy).update();
    }

    void revoke(long accountId, String role) {
        jdbc.sql("delete from identity.account_role where account_id = ? and role_code = ?").params(accountId, role).update();
    }

    private Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), AccountKind.valueOf(rs.getString("kind")), rs.getString("username"),
                rs.getString("id_number_masked"), rs.getString("credit_code"), rs.getString("display_name"),
                (Long) rs.getObject("legal_representative"), (Long) rs.getObject("department_id"),
                (Long) rs.getObject("position_id"), rs.getBoolean("subordinate_scope"), rs.getString("password_hash"),
                rs.getBoolean("password_must_change"), rs.getString("totp_secret_enc"), rs.getBoolean("totp_enabled"),
                (Long) rs.getObject("totp_last_step"), "ACTIVE".equals(rs.getString("status")),
                rs.getInt("failed_attempts"), instant(rs, "locked_until"), instant(rs, "last_login_at"),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
