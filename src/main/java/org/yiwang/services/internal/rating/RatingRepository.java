package org.yiwang.services.internal.rating;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.services.ApplicationCompleted;

@Repository
class RatingRepository {

    /** A finished application its applicant may rate. */
    record Rateable(String applicationNumber, String itemCode, String itemName, long applicantAccountId,
            long departmentId, String departmentName, boolean realName, Instant completedAt) {
    }

    /** A rating with its follow-up, if it has one. */
    record RatingRow(long id, String applicationNumber, String itemName, String departmentName, long departmentId,
            RatingLevel level, String comment, long applicantAccountId, boolean realName, Instant ratedAt,
            Long followUpId, LocalDate dueDate, String followUpStatus, String reply, String repliedByName,
            Instant closedAt) {
    }

    /** Ratings of one department, counted by level, with its follow-ups by state. */
    record DepartmentCounts(long departmentId, String departmentName, long verySatisfied, long satisfied,
            long basicallySatisfied, long dissatisfied, long veryDissatisfied, long followUpsOpen,
            long followUpsOverdue, long followUpsClosed) {
    }

    private static final String RATING = """
            select r.id, r.application_number, a.item_name, a.department_name, r.department_id, r.level, r.comment,
                   r.applicant_account_id, r.real_name, r.rated_at, f.id as follow_up_id, f.due_date, f.status,
                   f.reply, f.replied_by_name, f.closed_at
            from services.rating r join services.rateable a on a.application_number = r.application_number
            left join services.rating_follow_up f on f.rating_id = r.id""";

    private final JdbcClient jdbc;

    RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addRateable(ApplicationCompleted c) {
        jdbc.sql("""
                insert into services.rateable (application_number, item_code, item_name, applicant_account_id,
                    department_id, department_name, real_name, completed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (application_number) do nothing""")
                .params(c.applicationNumber(), c.itemCode(), c.itemName(), c.applicantAccountId(), c.departmentId(),
                        c.departmentName(), c.realName(), Timestamp.from(c.completedAt()))
                .update();
    }

    Optional<Rateable> rateable(String applicationNumber) {
        return jdbc.sql("select * from services.rateable where application_number = ?").param(applicationNumber)
                .query((rs, n) -> new Rateable(rs.getString("application_number"), rs.getString("item_code"),
                        rs.getString("item_name"), rs.getLong("applicant_account_id"), rs.getLong("department_id"),
                        rs.getString("department_name"), rs.getBoolean("real_name"),
                        rs.getTimestamp("completed_at").toInstant()))
                .optional();
    }

    List<Rateable> rateablesOf(long accountId) {
        return jdbc.sql("select * from services.rateable where applicant_account_id = ? order by completed_at desc")
                .param(accountId)
                .query((rs, n) -> new Rateable(rs.getString("application_number"), rs.getString("item_code"),
                        rs.getString("item_name"), rs.getLong("applicant_account_id"), rs.getLong("department_id"),
                        rs.getString("department_name"), rs.getBoolean("real_name"),
                        rs.getTimestamp("completed_at").toInstant()))
                .list();
    }

    /** Inserts the rating unless the application has one; empty then. */
    Optional<Long> insertRating(Rateable a, RatingLevel level, String comment, Instant at) {
        return jdbc.sql("""
                insert into services.rating (application_number, level, comment, applicant_account_id, department_id,
                    real_name, rated_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (application_number) do nothing returning id""")
                .params(a.applicationNumber(), level.name(), comment, a.applicantAccountId(), a.departmentId(),
                        a.realName(), Timestamp.from(at))
                .query(Long.class).optional();
    }

    long openFollowUp(long ratingId, long departmentId, Instant at, LocalDate due) {
        return jdbc.sql("""
                insert into services.rating_follow_up (rating_id, department_id, opened_at, due_date)
                values (?, ?, ?, ?) returning id""")
                .params(ratingId, departmentId, Timestamp.from(at), Date.valueOf(due)).query(Long.class).single();
    }

    /** Closes an open follow-up with the reply; false when it was closed already. */
    boolean closeFollowUp(long followUpId, String reply, long by, String byName, Instant at) {
        return jdbc.sql("""
                update services.rating_follow_up set status = 'CLOSED', reply = ?, replied_by = ?, replied_by_name = ?,
                    closed_at = ?
                where id = ? and status = 'OPEN'""")
                .params(reply, by, byName, Timestamp.from(at), followUpId).update() == 1;
    }

    /** The application a demo case was loaded as (see the demo profile's cases); empty before it was. */
    Optional<String> demoCase(String key) {
        return jdbc.sql("select application_number from services.demo_case where key = ?").param(key)
                .query(String.class).optional();
    }

    Optional<RatingRow> ratingOf(String applicationNumber) {
        return jdbc.sql(RATING + " where r.application_number = ?").param(applicationNumber)
                .query(RatingRepository::map).optional();
    }

    Optional<RatingRow> byFollowUp(long followUpId) {
        return jdbc.sql(RATING + " where f.id = ?").param(followUpId).query(RatingRepository::map).optional();
    }

    List<RatingRow> followUps(long departmentId, boolean open, int limit) {
        return jdbc.sql(RATING + " where f.department_id = ? and f.status = ? order by f.due_date, f.id limit ?")
                .params(departmentId, open ? "OPEN" : "CLOSED", limit).query(RatingRepository::map).list();
    }

    List<RatingRow> followUpsClosedBy(long accountId, int limit) {
        return jdbc.sql(RATING + " where f.replied_by = ? order by f.closed_at desc limit ?")
                .params(accountId, limit).query(RatingRepository::map).list();
    }

    int countFollowUps(long departmentId, boolean open) {
        return jdbc.sql("select count(*) from services.rating_follow_up where department_id = ? and status = ?")
                .params(departmentId, open ? "OPEN" : "CLOSED").query(Integer.class).single();
    }

    int countClosedBy(long accountId) {
        return jdbc.sql("select count(*) from services.rating_follow_up where replied_by = ?")
                .param(accountId).query(Integer.class).single();
    }

    List<DepartmentCounts> countsByDepartment(Collection<Long> departments, Instant from, Instant to, LocalDate today) {
        if (departments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.department_id, max(a.department_name) as department_name,
                    count(*) filter (where r.level = 'VERY_SATISFIED') as very_satisfied,
                    count(*) filter (where r.level = 'SATISFIED') as satisfied,
                    count(*) filter (where r.level = 'BASICALLY_SATISFIED') as basically_satisfied,
                    count(*) filter (where r.level = 'DISSATISFIED') as dissatisfied,
                    count(*) filter (where r.level = 'VERY_DISSATISFIED') as very_dissatisfied,
                    count(f.id) filter (where f.status = 'OPEN') as open,
                    count(f.id) filter (where f.status = 'OPEN' and f.due_date < ?) as overdue,
                    count(f.id) filter (where f.status = 'CLOSED') as closed
                from services.rating r join services.rateable a on a.application_number = r.application_number
                left join services.rating_follow_up f on f.rating_id = r.id
                where r.department_id = any (?) and r.rated_at >= ? and r.rated_at < ?
                group by r.department_id order by r.department_id""")
                .params(Date.valueOf(today), departments.toArray(Long[]::new), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new DepartmentCounts(rs.getLong("department_id"), rs.getString("department_name"),
                        rs.getLong("very_satisfied"), rs.getLong("satisfied"), rs.getLong("basically_satisfied"),
                        rs.getLong("dissatisfied"), rs.getLong("very_dissatisfied"), rs.getLong("open"),
                        rs.getLong("overdue"), rs.getLong("closed")))
                .list();
    }

    private static RatingRow map(ResultSet rs, int row) throws SQLException {
        long followUp = rs.getLong("follow_up_id");
        boolean hasFollowUp = !rs.wasNull();
        Date due = rs.getDate("due_date");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new RatingRow(rs.getLong("id"), rs.getString("application_number"), rs.getString("item_name"),
                rs.getString("department_name"), rs.getLong("department_id"), RatingLevel.valueOf(rs.getString("level")),
                rs.getString("comment"), rs.getLong("applicant_account_id"), rs.getBoolean("real_name"),
                rs.getTimestamp("rated_at").toInstant(), hasFollowUp ? followUp : null,
                due == null ? null : due.toLocalDate(), rs.getString("status"), rs.getString("reply"),
                rs.getString("replied_by_name"), closed == null ? null : closed.toInstant());
    }
}
