package org.yiwang.disclosure.internal.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiwang.common.files.FileType;
import org.yiwang.disclosure.Attachment;

/** The publications, their attachments and steps, and the index-number sequences, in schema {@code disclosure}. */
@Repository
class PublicationRepository {

    private static final String SELECT = """
            select p.*, (select coalesce(json_agg(json_build_object('name', a.name, 'digest', a.digest,
                               'type', a.file_type, 'size', a.size) order by a.position), '[]')
                         from disclosure.publication_attachment a where a.publication_id = p.id) as attachments
            from disclosure.publication p
            """;
    static final String SUMMARY = """
            select id, index_number, title, department_id, department_code, department_name, category,
                   document_number, status, author_id, author_name, created_at, due_on, submitted_at, published_on,
                   published_at, valid_until
            from disclosure.publication
            """;
    private static final TypeReference<List<Map<String, Object>>> ATTACHMENTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final ObjectMapper json;

    PublicationRepository(JdbcClient jdbc, DataSource dataSource, ObjectMapper json) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.json = json;
    }

    record NewPublication(long departmentId, String departmentCode, String departmentName, PublicationInput input,
            Status status, String source, Long authorId, String authorName, Instant createdAt, LocalDate createdOn,
            LocalDate dueOn) {
    }

    long insert(NewPublication p) {
        var keys = new GeneratedKeyHolder();
        PublicationInput in = p.input();
        jdbc.sql("""
                insert into disclosure.publication (department_id, department_code, department_name, category, title,
                    body, document_number, classification, disclosure_kind, valid_until, status, source, author_id,
                    author_name, created_at, created_on, due_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.departmentId(), p.departmentCode(), p.departmentName(), in.category(), in.title().strip(),
                        in.body().strip(), strippedOrNull(in.documentNumber()), in.classification(), in.disclosure(),
                        date(in.validUntil()), p.status().name(), p.source(), p.authorId(), p.authorName(),
                        Timestamp.from(p.createdAt()), Date.valueOf(p.createdOn()), Date.valueOf(p.dueOn()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateContent(long id, PublicationInput in) {
        jdbc.sql("""
                update disclosure.publication set category = ?, title = ?, body = ?, document_number = ?,
                    classification = ?, disclosure_kind = ?, valid_until = ?, version = version + 1
                where id = ?""")
                .params(in.category(), in.title().strip(), in.body().strip(), strippedOrNull(in.documentNumber()),
                        in.classification(), in.disclosure(), date(in.validUntil()), id)
                .update();
    }

    void submitted(long id, Instant at) {
        jdbc.sql("update disclosure.publication set status = 'SUBMITTED', submitted_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void returned(long id, long reviewerId, String reviewerName, Instant at, String opinion) {
        jdbc.sql("""
                update disclosure.publication set status = 'RETURNED', reviewer_id = ?, reviewer_name = ?,
                    reviewed_at = ?, review_opinion = ?, version = version + 1
                where id = ?""")
                .params(reviewerId, reviewerName, Timestamp.from(at), opinion, id).update();
    }

    void published(long id, String indexNumber, Long reviewerId, String reviewerName, Instant at, LocalDate on,
            String opinion) {
        jdbc.sql("""
                update disclosure.publication set status = 'PUBLISHED', index_number = ?, reviewer_id = ?,
                    reviewer_name = ?, reviewed_at = ?, review_opinion = ?, published_at = ?, published_on = ?,
                    version = version + 1
                where id = ?""")
                .params(indexNumber, reviewerId, reviewerName, reviewerName == null ? null : Timestamp.from(at), opinion,
                        Timestamp.from(at), Date.valueOf(on), id)
                .update();
    }

    void withdrawn(long id, String by, Instant at, String reason) {
        jdbc.sql("""
                update disclosure.publication set status = 'WITHDRAWN', withdrawn_by = ?, withdrawn_at = ?,
                    withdraw_reason = ?, version = version + 1
                where id = ?""")
                .params(by, Timestamp.from(at), reason, id).update();
    }

    void addAttachments(long id, List<Attachment> attachments) {
        int next = jdbc.sql("select coalesce(max(position), -1) + 1 from disclosure.publication_attachment where publication_id = ?")
                .param(id).query(Integer.class).single();
        for (Attachment a : attachments) {
            jdbc.sql("""
                    insert into disclosure.publication_attachment (publication_id, position, name, digest, file_type, size)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, next++, a.name(), a.digest(), a.type().name(), a.size()).update();
        }
    }

    int attachmentCount(long id) {
        return jdbc.sql("select count(*) from disclosure.publication_attachment where publication_id = ?").param(id)
                .query(Integer.class).single();
    }

    void step(long id, String action, Long actorId, String actorName, Instant at, String opinion) {
        jdbc.sql("""
                insert into disclosure.publication_step (publication_id, action, actor_id, actor_name, at, opinion)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, action, actorId, actorName, Timestamp.from(at), opinion).update();
    }

    record Step(String action, String actorName, Instant at, String opinion) {
    }

    List<Step> steps(long id) {
        return jdbc.sql("select action, actor_name, at, opinion from disclosure.publication_step where publication_id = ? order by at, id")
                .param(id)
                .query((rs, n) -> new Step(rs.getString("action"), rs.getString("actor_name"),
                        rs.getTimestamp("at").toInstant(), rs.getString("opinion")))
                .list();
    }

    Optional<PublicationRow> byId(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::row).optional();
    }

    Optional<PublicationRow> byIdForUpdate(long id) {
        jdbc.sql("select id from disclosure.publication where id = ? for update").param(id).query(Long.class).optional();
        return byId(id);
    }

    Optional<PublicationRow> byIndexNumber(String indexNumber) {
        return jdbc.sql(SELECT + " where p.index_number = ?").param(indexNumber).query(this::row).optional();
    }

    /** The newest publications a department has published, with their text (for its feed). */
    List<PublicationRow> newestPublished(long departmentId, int limit) {
        return jdbc.sql(SELECT + " where p.department_id = ? and p.status = 'PUBLISHED' order by p.published_on desc, p.id desc limit ?")
                .params(departmentId, limit).query(this::row).list();
    }

    /** Whether a publication, in any state, has exactly this title (the demo drafts' mark of having loaded). */
    boolean existsWithTitle(String title) {
        return jdbc.sql("select exists (select 1 from disclosure.publication where title = ?)")
                .param(title).query(Boolean.class).single();
    }

    boolean indexNumberTaken(String indexNumber) {
        return jdbc.sql("select exists (select 1 from disclosure.publication where index_number = ?)")
                .param(indexNumber).query(Boolean.class).single();
    }

    /**
     * The next index number for a department, year and category. The sequence row stays locked until the caller's
     * transaction ends, so two publications never draw the same number; numbers an archive load brought in are skipped.
     */
    String nextIndexNumber(String departmentCode, int year, Category category) {
        while (true) {
            int sequence = jdbc.sql("""
                    insert into disclosure.index_sequence (department_code, year, category, next_value)
                    values (?, ?, ?, 2)
                    on conflict (department_code, year, category)
                    do update set next_value = disclosure.index_sequence.next_value + 1
                    returning next_value - 1""")
                    .params(departmentCode, year, category.code()).query(Integer.class).single();
            String candidate = IndexNumbers.format(departmentCode, year, category, sequence);
            if (!indexNumberTaken(candidate)) {
                return candidate;
            }
        }
    }

    void eachPublished(Consumer<PublicationRow> each) {
        streaming.query(SELECT + " where p.status = 'PUBLISHED' order by p.published_on, p.id",
                (ResultSet rs) -> {
                    each.accept(row(rs, 0));
                });
    }

    long countPublished(long departmentId, int year) {
        return jdbc.sql("""
                select count(*) from disclosure.publication
                where department_id = ? and status in ('PUBLISHED', 'WITHDRAWN')
                  and published_on >= make_date(?, 1, 1) and published_on < make_date(? + 1, 1, 1)""")
                .params(departmentId, year, year).query(Long.class).single();
    }

    /** What staff see of their departments' publications, newest first, optionally of one status. */
    List<PublicationSummary> ofDepartments(Collection<Long> departments, Status status, int limit) {
        if (departments.isEmpty()) {
            return List.of();
        }
        String where = " where department_id in (:departments)" + (status == null ? "" : " and status = :status");
        var spec = jdbc.sql(SUMMARY + where + " order by coalesce(published_at, submitted_at, created_at) desc, id desc limit :limit")
                .param("departments", departments).param("limit", limit);
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(PublicationRepository::summary).list();
    }

    List<PublicationSummary> summaries(String where, Map<String, ?> params) {
        return jdbc.sql(SUMMARY + where).params(params).query(PublicationRepository::summary).list();
    }

    int count(String where, Map<String, ?> params) {
        return jdbc.sql("select count(*) from disclosure.publication " + where).params(params).query(Integer.class).single();
    }

    static PublicationSummary summary(ResultSet rs, int n) throws SQLException {
        return new PublicationSummary(rs.getLong("id"), rs.getString("index_number"), rs.getString("title"),
                rs.getLong("department_id"), rs.getString("department_code"), rs.getString("department_name"),
                Category.ofCode(rs.getString("category")).orElseThrow(), rs.getString("document_number"),
                Status.valueOf(rs.getString("status")), (Long) rs.getObject("author_id"), rs.getString("author_name"),
                instant(rs, "created_at"), localDate(rs, "due_on"), instant(rs, "submitted_at"),
                localDate(rs, "published_on"), instant(rs, "published_at"), localDate(rs, "valid_until"));
    }

    private PublicationRow row(ResultSet rs, int n) throws SQLException {
        return new PublicationRow(rs.getLong("id"), rs.getString("index_number"), rs.getLong("department_id"),
                rs.getString("department_code"), rs.getString("department_name"),
                Category.ofCode(rs.getString("category")).orElseThrow(), rs.getString("title"), rs.getString("body"),
                rs.getString("document_number"), rs.getString("classification"), rs.getString("disclosure_kind"),
                localDate(rs, "valid_until"), Status.valueOf(rs.getString("status")), rs.getString("source"),
                (Long) rs.getObject("author_id"), rs.getString("author_name"), instant(rs, "created_at"),
                localDate(rs, "created_on"), localDate(rs, "due_on"), instant(rs, "submitted_at"),
                (Long) rs.getObject("reviewer_id"), rs.getString("reviewer_name"), instant(rs, "reviewed_at"),
                rs.getString("review_opinion"), instant(rs, "published_at"), localDate(rs, "published_on"),
                instant(rs, "withdrawn_at"), rs.getString("withdrawn_by"), rs.getString("withdraw_reason"),
                rs.getInt("version"), attachments(rs.getString("attachments")));
    }

    private List<Attachment> attachments(String text) {
        try {
            return json.readValue(text, ATTACHMENTS).stream()
                    .map(a -> new Attachment((String) a.get("name"), (String) a.get("digest"),
                            FileType.valueOf((String) a.get("type")), ((Number) a.get("size")).longValue()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attachments of a publication are not readable", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
