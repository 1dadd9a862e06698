package org.yiwang.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiwang.registry.EntityRecord;

@Repository
class EntityRepository {

    private static final String SELECT = """
            select e.id, e.credit_code, e.name, e.entity_type, e.legal_representative_id, p.id_number_enc, p.name as rep_name,
                   e.registered_capital, e.established_on, e.registration_authority, e.domicile_division,
                   e.domicile_address, e.business_scope, e.status, e.supplied_by, e.changed_at, e.version
            from registry.legal_entity e join registry.person p on p.id = e.legal_representative_id
            """;

    private final JdbcClient jdbc;

    EntityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EntityRow> byCreditCode(String creditCode) {
        return jdbc.sql(SELECT + " where e.credit_code = ?").param(creditCode).query(EntityRepository::map).optional();
    }

    List<EntityRow> byCreditCodes(Collection<String> creditCodes) {
        return jdbc.sql(SELECT + " where e.credit_code = any (?)").param(creditCodes.toArray(String[]::new))
                .query(EntityRepository::map).list();
    }

    Optional<EntityRow> byIdForUpdate(long id) {
        return jdbc.sql(SELECT + " where e.id = ? for update of e").param(id).query(EntityRepository::map).optional();
    }

    long insert(EntityRecord e, String digest, long representativeId, long suppliedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into registry.legal_entity (credit_code, name, entity_type, legal_representative_id,
                    registered_capital, established_on, registration_authority, domicile_division, domicile_address,
                    business_scope, status, supplied_by, changed_at, version, content_digest)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""")
                .params(e.creditCode().value(), e.name(), e.type().name(), representativeId, e.registeredCapital(),
                        e.establishedOn(), e.registrationAuthority(), e.domicileDivision().value(), e.domicileAddress(),
                        e.businessScope(), e.status().name(), suppliedBy, Timestamp.from(at), digest)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, EntityRecord e, String digest, long representativeId, long suppliedBy, Instant at,
            int version) {
        jdbc.sql("""
                update registry.legal_entity set credit_code = ?, name = ?, entity_type = ?, legal_representative_id = ?,
                    registered_capital = ?, established_on = ?, registration_authority = ?, domicile_division = ?,
                    domicile_address = ?, business_scope = ?, status = ?, supplied_by = ?, changed_at = ?, version = ?,
                    content_digest = ?
                where id = ?""")
                .params(e.creditCode().value(), e.name(), e.type().name(), representativeId, e.registeredCapital(),
                        e.establishedOn(), e.registrationAuthority(), e.domicileDivision().value(), e.domicileAddress(),
                        e.businessScope(), e.status().name(), suppliedBy, Timestamp.from(at), version, digest, id)
                .update();
    }

    Optional<EntityRow> byId(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(EntityRepository::map).optional();
    }

    /** Rows stored before the digests existed, at most {@code limit} of them. */
    List<EntityRow> withoutDigest(int limit) {
        return jdbc.sql(SELECT + " where e.content_digest is null order by e.id limit ?").param(limit)
                .query(EntityRepository::map).list();
    }

    void setDigest(long id, String digest) {
        jdbc.sql("update registry.legal_entity set content_digest = ? where id = ?").params(digest, id).update();
    }

    private static EntityRow map(ResultSet rs, int row) throws SQLException {
        return new EntityRow(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
                rs.getString("entity_type"), rs.getLong("legal_representative_id"), rs.getString("id_number_enc"),
                rs.getString("rep_name"), rs.getBigDecimal("registered_capital"),
                rs.getDate("established_on").toLocalDate(), rs.getString("registration_authority"),
                rs.getString("domicile_division"), rs.getString("domicile_address"), rs.getString("business_scope"),
                rs.getString("status"), rs.getLong("supplied_by"), rs.getTimestamp("changed_at").toInstant(),
                rs.getInt("version"));
    }
}
