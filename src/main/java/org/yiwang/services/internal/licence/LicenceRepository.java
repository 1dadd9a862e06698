package org.yiwang.services.internal.licence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LicenceRepository {

    private static final String COLUMNS = """
            id, number, kind, application_number, item_code, item_name, licence_type, applicant_account_id,
            holder_name, holder_identifier_masked, department_code, department_name, fields::text as fields, reasons,
            valid_until, decided_at, issued_at, document_digest, document_size, seal_key_id, seal_signature, status,
            revoked_at, revoked_reason""";
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final RowMapper<LicenceRow> mapper = this::map;

    LicenceRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long nextSerial() {
        return jdbc.sql("select nextval('services.licence_serial')").query(Long.class).single();
    }

    Optional<LicenceRow> byNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from services.licence where number = ?").param(number)
                .query(mapper).optional();
    }

    Optional<LicenceRow> byApplication(String applicationNumber, ResultKind kind) {
        return jdbc.sql("select " + COLUMNS + " from services.licence where application_number = ? and kind = ?")
                .params(applicationNumber, kind.name()).query(mapper).optional();
    }

    List<LicenceRow> byDigest(String digest) {
        return jdbc.sql("select " + COLUMNS + " from services.licence where document_digest = ?").param(digest)
                .query(mapper).list();
    }

    List<LicenceRow> ofApplicant(long accountId) {
        return jdbc.sql("select " + COLUMNS
                        + " from services.licence where applicant_account_id = ? order by issued_at desc, id desc")
                .param(accountId).query(mapper).list();
    }

    void insert(LicenceRow r) {
        jdbc.sql("""
                insert into services.licence (number, kind, application_number, item_code, item_name, licence_type,
                    applicant_account_id, holder_name, holder_identifier_masked, department_code, department_name,
                    fields, reasons, valid_until, decided_at, issued_at, document_digest, document_size, seal_key_id,
                    seal_signature)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.number(), r.kind().name(), r.applicationNumber(), r.itemCode(), r.itemName(),
                        r.licenceType(), r.applicantAccountId(), r.holderName(), r.holderIdentifierMasked(),
                        r.departmentCode(), r.departmentName(), write(r.fields()), r.reasons(),
                        r.validUntil() == null ? null : Date.valueOf(r.validUntil()), Timestamp.from(r.decidedAt()),
                        Timestamp.from(r.issuedAt()), r.documentDigest(), r.documentSize(), r.sealKeyId(),
                        r.sealSignature())
                .update();
    }

    /** Revokes a valid licence; false when it was revoked already (or is not there). */
    boolean revoke(String number, String reason, Instant at) {
        return jdbc.sql("""
                update services.licence set status = 'REVOKED', revoked_at = ?, revoked_reason = ?
                where number = ? and status = 'VALID'""")
                .params(Timestamp.from(at), reason, number).update() == 1;
    }

    private String write(Map<String, String> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("licence fields cannot be written as JSON", e);
        }
    }

    private LicenceRow map(ResultSet rs, int row) throws SQLException {
        Map<String, String> fields;
        try {
            fields = json.readValue(rs.getString("fields"), FIELDS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable licence fields", e);
        }
        Date validUntil = rs.getDate("valid_until");
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        return new LicenceRow(rs.getLong("id"), rs.getString("number"), ResultKind.valueOf(rs.getString("kind")),
                rs.getString("application_number"), rs.getString("item_code"), rs.getString("item_name"),
                rs.getString("licence_type"), rs.getLong("applicant_account_id"), rs.getString("holder_name"),
                rs.getString("holder_identifier_masked"), rs.getString("department_code"),
                rs.getString("department_name"), fields, rs.getString("reasons"),
                validUntil == null ? null : validUntil.toLocalDate(), rs.getTimestamp("decided_at").toInstant(),
                rs.getTimestamp("issued_at").toInstant(), rs.getString("document_digest"), rs.getLong("document_size"),
                rs.getString("seal_key_id"), rs.getString("seal_signature"), "REVOKED".equals(rs.getString("status")),
                revokedAt == null ? null : revokedAt.toInstant(), rs.getString("revoked_reason"));
    }
}
