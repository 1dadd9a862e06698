package org.yiwang.services.internal.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.services.ApplicationStatus;

/** {@code services.application} with its materials, history and the applicants' uploads. */
@Repository
class ApplicationRepository {

    private static final TypeReference<Map<String, String>> FORM = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ApplicationRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long nextSequence() {
        return jdbc.sql("select nextval('services.application_number')").query(Long.class).single();
    }

    record NewApplication(String number, String itemCode, String itemName, long applicantAccountId,
            String applicantKind, String holderName, String holderIdentifierMasked, String subjectKey,
            Map<String, String> form, List<String> prefilled, boolean consent, long leadDepartmentId,
            String processInstanceId, Instant submittedAt) {
    }

    /**
     * Writes a new application and gives it back as stored.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the subject has an open application for the item
     */
    Application insert(NewApplication a) {
        return jdbc.sql("""
                insert into services.application (number, item_code, item_name, applicant_account_id, applicant_kind,
                    holder_name, holder_identifier_masked, subject_key, form, prefilled, consent, status,
                    lead_department_id, process_instance_id, submitted_at)
                values (:number, :item, :itemName, :applicant, :kind, :holder, :holderId, :subject, cast(:form as jsonb),
                    :prefilled, :consent, 'SUBMITTED', :lead, :process, :at)
                returning *
                """)
                .param("number", a.number()).param("item", a.itemCode()).param("itemName", a.itemName())
                .param("applicant", a.applicantAccountId()).param("kind", a.applicantKind())
                .param("holder", a.holderName()).param("holderId", a.holderIdentifierMasked())
                .param("subject", a.subjectKey()).param("form", write(a.form()))
                .param("prefilled", a.prefilled().toArray(String[]::new)).param("consent", a.consent())
                .param("lead", a.leadDepartmentId()).param("process", a.processInstanceId())
                .param("at", Timestamp.from(a.submittedAt()))
                .query(this::map).single();
    }

    boolean hasOpen(String itemCode, String subjectKey) {
        return jdbc.sql("""
                select count(*) from services.application where item_code = ? and subject_key = ? and completed_at is null
                """).params(itemCode, subjectKey).query(Integer.class).single() > 0;
    }

    Optional<Application> byNumber(String number) {
        return jdbc.sql("select * from services.application where number = ?").param(number).query(this::map)
                .optional();
    }

    /** The application, locked until the end of the transaction: one action on a case at a time. */
    Optional<Application> lock(String number) {
        return jdbc.sql("select * from services.application where number = ? for update").param(number)
                .query(this::map).optional();
    }

    List<Application> ofApplicant(long accountId, int limit) {
        return jdbc.sql("select * from services.application where applicant_account_id = ? order by submitted_at desc limit ?")
                .params(accountId, limit).query(this::map).list();
    }

    /** Open cases whose promised deadline is on or before the day, oldest deadline first. */
    List<Application> openDueBy(LocalDate day, int limit) {
        return jdbc.sql("""
                select * from services.application where completed_at is null and promised_due <= ?
                 order by promised_due, id limit ?
                """).params(Date.valueOf(day), limit).query(this::map).list();
    }

    void accepted(long id, LocalDate on, LocalDate promisedDue, LocalDate statutoryDue) {
        jdbc.sql("""
                update services.application set status = 'IN_PROCESS', accepted_on = coalesce(accepted_on, :on),
                    promised_due = coalesce(promised_due, :promised), statutory_due = coalesce(statutory_due, :statutory)
                 where id = :id
                """).param("on", Date.valueOf(on)).param("promised", Date.valueOf(promisedDue))
                .param("statutory", Date.valueOf(statutoryDue)).param("id", id).update();
    }

    void status(long id, ApplicationStatus status) {
        jdbc.sql("update services.application set status = ? where id = ?").params(status.name(), id).update();
    }

    void supplementRequested(long id, LocalDate on, String note, List<String> fields) {
        jdbc.sql("""
                update services.application set status = 'SUPPLEMENT_REQUESTED', supplement_requested_on = ?,
                    supplement_note = ?, supplement_fields = ? where id = ?
                """).params(Date.valueOf(on), note, fields.toArray(String[]::new), id).update();
    }

    void supplemented(long id, Map<String, String> form, int pausedDays) {
        jdbc.sql("""
                update services.application set status = 'SUPPLEMENTED', form = cast(? as jsonb),
                    paused_days = paused_days + ? where id = ?
                """).params(write(form), pausedDays, id).update();
    }

    void decided(long id, boolean approved, String reasons, Instant at) {
        jdbc.sql("""
                update services.application set status = ?, approved = ?, reasons = ?, decided_at = ? where id = ?
                """).params(approved ? "APPROVED" : "REFUSED", approved, reasons, Timestamp.from(at), id).update();
    }

    void notAccepted(long id, String reasons, Instant at) {
        jdbc.sql("""
                update services.application set status = 'NOT_ACCEPTED', reasons = ?, completed_at = ? where id = ?
                """).params(reasons, Timestamp.from(at), id).update();
    }

    void completed(long id, Instant at) {
        jdbc.sql("update services.application set status = 'COMPLETED', completed_at = ? where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void postponeCaseDeadlines(long id, LocalDate promised, LocalDate statutory) {
        jdbc.sql("update services.application set promised_due = ?, statutory_due = ? where id = ?")
                .params(promised == null ? null : Date.valueOf(promised),
                        statutory == null ? null : Date.valueOf(statutory), id).update();
    }

    int licenceIssued(String number, String licenceNumber) {
        return jdbc.sql("update services.application set licence_number = ? where number = ?")
                .params(licenceNumber, number).update();
    }

    void event(long applicationId, Instant at, String action, String step, String stepName, Long departmentId,
            String departmentName, String actor, String note) {
        jdbc.sql("""
                insert into services.application_event (application_id, at, action, step, step_name, department_id,
                    department_name, actor, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(applicationId, Timestamp.from(at), action, step, stepName, departmentId, departmentName,
                actor, note).update();
    }

    List<ApplicationEvent> events(long applicationId) {
        return jdbc.sql("select * from services.application_event where application_id = ? order by id")
                .param(applicationId)
                .query((rs, n) -> new ApplicationEvent(rs.getTimestamp("at").toInstant(), rs.getString("action"),
                        rs.getString("step"), rs.getString("step_name"), (Long) rs.getObject("department_id"),
                        rs.getString("department_name"), rs.getString("actor"), rs.getString("note")))
                .list();
    }

    void attach(long applicationId, AttachedMaterial m) {
        jdbc.sql("""
                insert into services.application_material (application_id, code, name, digest, file_type, size,
                    file_name, from_register) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (application_id, code) do update set digest = excluded.digest,
                    file_type = excluded.file_type, size = excluded.size, file_name = excluded.file_name,
                    from_register = excluded.from_register, attached_at = now()
                """).params(applicationId, m.code(), m.name(), m.digest(), m.fileType(), m.size(), m.fileName(),
                m.fromRegister()).update();
    }

    List<AttachedMaterial> materials(long applicationId) {
        return jdbc.sql("select * from services.application_material where application_id = ? order by attached_at, code")
                .param(applicationId)
                .query((rs, n) -> new AttachedMaterial(rs.getString("code"), rs.getString("name"),
                        rs.getString("digest"), rs.getString("file_type"), (Long) rs.getObject("size"),
                        rs.getString("file_name"), rs.getBoolean("from_register")))
                .list();
    }

    void upload(long accountId, String digest, String fileType, long size, String fileName) {
        jdbc.sql("""
                insert into services.upload (account_id, digest, file_type, size, file_name) values (?, ?, ?, ?, ?)
                on conflict (account_id, digest) do update set file_name = excluded.file_name
                """).params(accountId, digest, fileType, size, fileName).update();
    }

    Optional<AttachedMaterial> uploadOf(long accountId, String digest) {
        return jdbc.sql("select * from services.upload where account_id = ? and digest = ?").params(accountId, digest)
                .query((rs, n) -> new AttachedMaterial(null, null, rs.getString("digest"), rs.getString("file_type"),
                        rs.getLong("size"), rs.getString("file_name"), false))
                .optional();
    }

    /** The application a demo case of this key was loaded as; empty when it was not loaded yet. */
    Optional<String> demoCase(String key) {
        return jdbc.sql("select application_number from services.demo_case where key = ?").param(key)
                .query(String.class).optional();
    }

    void demoCaseLoaded(String key, String number) {
        jdbc.sql("insert into services.demo_case (key, application_number) values (?, ?) on conflict (key) do nothing")
                .params(key, number).update();
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getLong("id"), rs.getString("number"), rs.getString("item_code"),
                rs.getString("item_name"), rs.getLong("applicant_account_id"), rs.getString("applicant_kind"),
                rs.getString("holder_name"), rs.getString("holder_identifier_masked"), read(rs.getString("form")),
                strings(rs.getArray("prefilled")), rs.getBoolean("consent"),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("lead_department_id"),
                rs.getString("process_instance_id"), instant(rs, "submitted_at"), date(rs, "accepted_on"),
                date(rs, "promised_due"), date(rs, "statutory_due"), rs.getInt("paused_days"),
                date(rs, "supplement_requested_on"), rs.getString("supplement_note"),
                strings(rs.getArray("supplement_fields")), (Boolean) rs.getObject("approved"), rs.getString("reasons"),
                instant(rs, "decided_at"), instant(rs, "completed_at"), rs.getString("licence_number"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, FORM);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
