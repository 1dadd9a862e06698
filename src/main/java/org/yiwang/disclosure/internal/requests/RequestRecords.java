package org.yiwang.disclosure.internal.requests;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.common.files.FileType;
import org.yiwang.common.files.StoredFile;
import org.yiwang.crypto.CryptoService;

/** The request table and its steps. Contact details are encrypted on the way in and decrypted on the way out. */
@Repository
class RequestRecords {

    /** One step as the history shows it. */
    record Step(String action, Long actorAccountId, String actorName, Instant happenedAt, String note) {
    }

    private final JdbcClient jdbc;
    private final CryptoService crypto;

    RequestRecords(JdbcClient jdbc, CryptoService crypto) {
        this.jdbc = jdbc;
        this.crypto = crypto;
    }

    /** Stores a new request under the next number of the year it was received, e.g. {@code YSQ2026-000042}. */
    InfoRequest insert(InfoRequest r) {
        long serial = jdbc.sql("select nextval('disclosure.info_request_serial')").query(Long.class).single();
        String number = "YSQ%d-%06d".formatted(r.receivedOn().getYear(), serial);
        Filing.Contact contact = r.requester().contact();
        long id = jdbc.sql("""
                        insert into disclosure.info_request (number, department_id, requester_account_id, requester_kind,
                            requester_name, phone_enc, email_enc, address_enc, channel, description, purpose, delivery,
                            received_on, status, due_on)
                        values (:number, :department, :account, :kind, :name, :phone, :email, :address, :channel,
                                :description, :purpose, :delivery, :received, :status, :due)
                        returning id
                        """)
                .param("number", number).param("department", r.departmentId())
                .param("account", r.requester().accountId()).param("kind", r.requester().kind().name())
                .param("name", r.requester().name()).param("phone", crypto.encrypt(contact.phone()))
                .param("email", encrypted(contact.email())).param("address", encrypted(contact.address()))
                .param("channel", r.channel().name()).param("description", r.description())
                .param("purpose", r.purpose()).param("delivery", r.delivery().name())
                .param("received", r.receivedOn()).param("status", r.status().name()).param("due", r.dueOn())
                .query(Long.class).single();
        return r.withIdentity(id, number);
    }

    Optional<InfoRequest> find(long id) {
        return jdbc.sql("select * from disclosure.info_request where id = :id").param("id", id)
                .query(this::request).optional();
    }

    /** The request, locked until the end of the transaction so that two steps cannot cross. */
    Optional<InfoRequest> lock(long id) {
        return jdbc.sql("select * from disclosure.info_request where id = :id for update").param("id", id)
                .query(this::request).optional();
    }

    /** Whether a request with exactly this description exists (the demo data's mark of having loaded). */
    boolean existsWithDescription(String description) {
        return jdbc.sql("select exists (select 1 from disclosure.info_request where description = :d)")
                .param("d", description).query(Boolean.class).single();
    }

    Optional<InfoRequest> byNumber(String number) {
        return jdbc.sql("select * from disclosure.info_request where number = :number").param("number", number)
                .query(this::request).optional();
    }

    /** Writes every step-dependent column of the request back, and gives the request back as written. */
    InfoRequest updated(InfoRequest r) {
        update(r);
        return r;
    }

    private void update(InfoRequest r) {
        InfoRequest.Correction c = r.correction();
        InfoRequest.Extension e = r.extension();
        Answer a = r.answer();
        jdbc.sql("""
                        update disclosure.info_request
                           set status = :status, due_on = :due,
                               correction_noticed_on = :cNoticed, correction_noticed_by = :cBy,
                               correction_detail = :cDetail, correction_due_on = :cDue, corrected_on = :cDone,
                               corrected_description = :cText,
                               extension_days = :eDays, extension_reason = :eReason, extension_proposed_by = :eBy,
                               extension_proposed_on = :eOn, extension_status = :eStatus,
                               extension_decided_by = :eDecidedBy, extension_decided_on = :eDecidedOn,
                               extension_comment = :eComment,
                               answered_on = :answeredOn, answered_by = :answeredBy, outcome = :outcome,
                               exemption = :exemption, outcome_reason = :reason,
                               earlier_request_number = :earlier, responsible_body = :body,
                               publication_id = :publication, answer_summary = :summary,
                               answer_document_digest = :digest, answer_document_type = :type,
                               answer_document_size = :size, updated_at = now()
                         where id = :id
                        """)
                .param("id", r.id()).param("status", r.status().name()).param("due", r.dueOn())
                .param("cNoticed", c == null ? null : c.noticedOn()).param("cBy", c == null ? null : c.noticedBy())
                .param("cDetail", c == null ? null : c.detail()).param("cDue", c == null ? null : c.dueOn())
                .param("cDone", c == null ? null : c.correctedOn())
                .param("cText", c == null ? null : c.correctedDescription())
                .param("eDays", e == null ? null : e.days()).param("eReason", e == null ? null : e.reason())
                .param("eBy", e == null ? null : e.proposedBy()).param("eOn", e == null ? null : e.proposedOn())
                .param("eStatus", e == null ? null : e.status().name())
                .param("eDecidedBy", e == null ? null : e.decidedBy())
                .param("eDecidedOn", e == null ? null : e.decidedOn())
                .param("eComment", e == null ? null : e.comment())
                .param("answeredOn", r.answeredOn()).param("answeredBy", r.answeredBy())
                .param("outcome", a == null ? null : a.outcome().name())
                .param("exemption", a == null || a.exemption() == null ? null : a.exemption().name())
                .param("reason", a == null ? null : reasonOf(a))
                .param("earlier", a == null ? null : a.earlierRequestNumber())
                .param("body", a == null ? null : a.responsibleBody())
                .param("publication", a == null ? null : a.publicationId())
                .param("summary", a == null ? null : a.summary())
                .param("digest", a == null ? null : a.document().digest())
                .param("type", a == null ? null : a.document().type().name())
                .param("size", a == null ? null : a.document().size())
                .update();
    }

    void addStep(long requestId, String action, Long actorAccountId, String actorName, String note) {
        jdbc.sql("""
                        insert into disclosure.info_request_step (request_id, action, actor_account_id, actor_name, note)
                        values (:request, :action, :actor, :name, :note)
                        """)
                .param("request", requestId).param("action", action).param("actor", actorAccountId)
                .param("name", actorName).param("note", note).update();
    }

    List<Step> steps(long requestId) {
        return jdbc.sql("""
                        select action, actor_account_id, actor_name, happened_at, note
                          from disclosure.info_request_step where request_id = :request order by id
                        """)
                .param("request", requestId)
                .query((rs, n) -> new Step(rs.getString("action"), (Long) rs.getObject("actor_account_id"),
                        rs.getString("actor_name"), rs.getTimestamp("happened_at").toInstant(), rs.getString("note")))
                .list();
    }

    List<InfoRequest> ofRequester(long accountId) {
        return jdbc.sql("""
                        select * from disclosure.info_request where requester_account_id = :account
                         order by received_on desc, id desc
                        """)
                .param("account", accountId).query(this::request).list();
    }

    /** One page of a list: the requests on it, its number (from 1), how many pages and requests there are. */
    record Page(List<InfoRequest> items, int page, int pages, long total) {

        static Page empty() {
            return new Page(List.of(), 1, 1, 0);
        }
    }

    /** Requests to the departments, the nearest deadline first; only those not yet answered when {@code openOnly}. */
    Page ofDepartments(Collection<Long> departments, boolean openOnly, int page, int size) {
        return page(departments, "department_id in (:departments)" + (openOnly ? " and status <> 'ANSWERED'" : ""),
                "coalesce(due_on, correction_due_on), id", Map.of(), page, size);
    }

    /** Requests not answered although their deadline has passed, the longest overdue first. */
    Page overdue(Collection<Long> departments, LocalDate today, int page, int size) {
        return page(departments, "department_id in (:departments) and status <> 'ANSWERED' and due_on < :today",
                "due_on, id", Map.of("today", today), page, size);
    }

    private Page page(Collection<Long> departments, String where, String order, Map<String, Object> params,
            int page, int size) {
        if (departments.isEmpty()) {
            return Page.empty();
        }
        long total = jdbc.sql("select count(*) from disclosure.info_request where " + where)
                .param("departments", departments).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        List<InfoRequest> items = jdbc.sql("select * from disclosure.info_request where " + where + " order by "
                        + order + " limit :limit offset :offset")
                .param("departments", departments).params(params).param("limit", size)
                .param("offset", (long) (current - 1) * size).query(this::request).list();
        return new Page(items, current, pages, total);
    }

    /** The handler's 待办: requests in the clock, and extensions someone else proposed, for those who may approve. */
    List<InfoRequest> pending(Collection<Long> departments, boolean handles, boolean approves, long viewer, int limit) {
        if (departments.isEmpty() || !handles && !approves) {
            return List.of();
        }
        return jdbc.sql(PENDING + " order by due_on, id limit :limit")
                .params(pendingParams(departments, handles, approves, viewer)).param("limit", limit)
                .query(this::request).list();
    }

    int countPending(Collection<Long> departments, boolean handles, boolean approves, long viewer) {
        if (departments.isEmpty() || !handles && !approves) {
            return 0;
        }
        return jdbc.sql(PENDING.replace("select *", "select count(*)"))
                .params(pendingParams(departments, handles, approves, viewer)).query(Integer.class).single();
    }

    private static final String PENDING = """
            select * from disclosure.info_request
             where department_id in (:departments) and status = 'PROCESSING'
               and (:handles or (:approves and extension_status = 'PROPOSED' and extension_proposed_by <> :viewer))
            """;

    private static Map<String, Object> pendingParams(Collection<Long> departments, boolean handles,
            boolean approves, long viewer) {
        return Map.of("departments", departments, "handles", handles, "approves", approves,
                "viewer", viewer);
    }

    /** Requests the account took a step on, the latest step first (已办). */
    List<InfoRequest> handledBy(long accountId, int limit) {
        return jdbc.sql("""
                        select r.* from disclosure.info_request r
                          join (select request_id, max(id) as last_step from disclosure.info_request_step
                                 where actor_account_id = :account group by request_id) s on s.request_id = r.id
                         where r.requester_account_id is distinct from :account
                         order by s.last_step desc limit :limit
                        """)
                .param("account", accountId).param("limit", limit).query(this::request).list();
    }

    int countHandledBy(long accountId) {
        return jdbc.sql("""
                        select count(distinct s.request_id) from disclosure.info_request_step s
                          join disclosure.info_request r on r.id = s.request_id
                         where s.actor_account_id = :account and r.requester_account_id is distinct from :account
                        """)
                .param("account", accountId).query(Integer.class).single();
    }

    private String encrypted(String value) {
        return value == null ? null : crypto.encrypt(value);
    }

    private String decrypted(String value) {
        return value == null ? null : crypto.decrypt(value);
    }

    private static String reasonOf(Answer a) {
        if (a.unavailableReason() != null) {
            return a.unavailableReason().name();
        }
        return a.notProcessedReason() == null ? null : a.notProcessedReason().name();
    }

    private InfoRequest request(ResultSet rs, int row) throws SQLException {
        InfoRequest.Requester requester = new InfoRequest.Requester((Long) rs.getObject("requester_account_id"),
                RequesterKind.valueOf(rs.getString("requester_kind")), rs.getString("requester_name"),
                new Filing.Contact(decrypted(rs.getString("phone_enc")), decrypted(rs.getString("email_enc")),
                        decrypted(rs.getString("address_enc"))));
        InfoRequest.Correction correction = rs.getDate("correction_noticed_on") == null ? null
                : new InfoRequest.Correction(date(rs, "correction_noticed_on"),
                        (Long) rs.getObject("correction_noticed_by"),
                        rs.getString("correction_detail"), date(rs, "correction_due_on"), date(rs, "corrected_on"),
                        rs.getString("corrected_description"));
        InfoRequest.Extension extension = rs.getString("extension_status") == null ? null
                : new InfoRequest.Extension(rs.getInt("extension_days"), rs.getString("extension_reason"),
                        rs.getLong("extension_proposed_by"), date(rs, "extension_proposed_on"),
                        InfoRequest.ExtensionStatus.valueOf(rs.getString("extension_status")),
                        (Long) rs.getObject("extension_decided_by"), date(rs, "extension_decided_on"),
                        rs.getString("extension_comment"));
        return new InfoRequest(rs.getLong("id"), rs.getString("number"), rs.getLong("department_id"), requester,
                Channel.valueOf(rs.getString("channel")), rs.getString("description"), rs.getString("purpose"),
                DeliveryForm.valueOf(rs.getString("delivery")), date(rs, "received_on"),
                RequestStatus.valueOf(rs.getString("status")), correction, extension, date(rs, "due_on"),
                answer(rs), date(rs, "answered_on"), (Long) rs.getObject("answered_by"));
    }

    private static Answer answer(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        if (outcome == null) {
            return null;
        }
        Outcome o = Outcome.valueOf(outcome);
        String exemption = rs.getString("exemption");
        String reason = rs.getString("outcome_reason");
        return new Answer(o, exemption == null ? null : Exemption.valueOf(exemption),
                o == Outcome.UNAVAILABLE && reason != null ? UnavailableReason.valueOf(reason) : null,
                o == Outcome.NOT_PROCESSED && reason != null ? NotProcessedReason.valueOf(reason) : null,
                rs.getString("earlier_request_number"), rs.getString("responsible_body"),
                (Long) rs.getObject("publication_id"), rs.getString("answer_summary"),
                new StoredFile(rs.getString("answer_document_digest"), rs.getLong("answer_document_size"),
                        FileType.valueOf(rs.getString("answer_document_type"))));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
