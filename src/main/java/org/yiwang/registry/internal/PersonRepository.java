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
import org.yiwang.registry.StoredPerson;

@Repository
class PersonRepository {

    private static final String COLUMNS = """
            id, id_number_index, id_number_enc, name, sex, birth_date, ethnicity, household_division,
            household_address, current_address, phone_enc, marital_status, status, supplied_by, changed_at, version""";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonRow> byIndex(String index) {
        return jdbc.sql("select " + COLUMNS + " from registry.person where id_number_index = ?").param(index)
                .query(PersonRepository::map).optional();
    }

    List<PersonRow> byIndexes(Collection<String> indexes) {
        return jdbc.sql("select " + COLUMNS + " from registry.person where id_number_index = any (?)")
                .param(indexes.toArray(String[]::new))
                .query(PersonRepository::map).list();
    }

    Optional<PersonRow> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from registry.person where id = ?").param(id)
                .query(PersonRepository::map).optional();
    }

    /** Locks the row until the transaction ends, so that two updates of one person cannot interleave. */
    Optional<PersonRow> byIdForUpdate(long id) {
        return jdbc.sql("select " + COLUMNS + " from registry.person where id = ? for update").param(id)
                .query(PersonRepository::map).optional();
    }

    List<PersonRow> byNameIn(String name, Collection<String> divisions, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from registry.person where name = ? and household_division = any (?) order by id limit ?")
                .params(name, divisions.toArray(String[]::new), limit)
                .query(PersonRepository::map).list();
    }

    /** The phone index is {@link RegistryDigests#phone}'s, so that a bulk import can compare phones unencrypted. */
    long insert(StoredPerson p, String phoneIndex, long suppliedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into registry.person (id_number_index, id_number_enc, name, sex, birth_date, ethnicity,
                    household_division, household_address, current_address, phone_enc, marital_status, status,
                    supplied_by, changed_at, version, phone_index)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)""")
                .params(p.idNumberIndex(), p.idNumberEnc(), p.name(), p.sex(), p.birthDate(), p.ethnicity(),
                        p.householdDivision(), p.householdAddress(), p.currentAddress(), p.phoneEnc(),
                        p.maritalStatus(), p.status(), suppliedBy, Timestamp.from(at), phoneIndex)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, StoredPerson p, String phoneIndex, long suppliedBy, Instant at, int version) {
        jdbc.sql("""
                update registry.person set id_number_index = ?, id_number_enc = ?, name = ?, sex = ?, birth_date = ?,
                    ethnicity = ?, household_division = ?, household_address = ?, current_address = ?, phone_enc = ?,
                    marital_status = ?, status = ?, supplied_by = ?, changed_at = ?, version = ?, phone_index = ?
                where id = ?""")
                .params(p.idNumberIndex(), p.idNumberEnc(), p.name(), p.sex(), p.birthDate(), p.ethnicity(),
                        p.householdDivision(), p.householdAddress(), p.currentAddress(), p.phoneEnc(),
                        p.maritalStatus(), p.status(), suppliedBy, Timestamp.from(at), version, phoneIndex, id)
                .update();
    }

    /** People with a phone stored before phone indexes existed, at most {@code limit} of them. */
    List<PersonRow> withoutPhoneIndex(int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from registry.person where phone_enc is not null and phone_index is null order by id limit ?")
                .param(limit).query(PersonRepository::map).list();
    }

    void setPhoneIndex(long id, String phoneIndex) {
        jdbc.sql("update registry.person set phone_index = ? where id = ?").params(phoneIndex, id).update();
    }

    static PersonRow map(ResultSet rs, int row) throws SQLException {
        StoredPerson stored = new StoredPerson(rs.getString("id_number_index"), rs.getString("id_number_enc"),
                rs.getString("name"), rs.getString("sex"), rs.getDate("birth_date").toLocalDate(),
                rs.getString("ethnicity"), rs.getString("household_division"), rs.getString("household_address"),
                rs.getString("current_address"), rs.getString("phone_enc"), rs.getString("marital_status"),
                rs.getString("status"));
        return new PersonRow(rs.getLong("id"), stored, rs.getLong("supplied_by"),
                rs.getTimestamp("changed_at").toInstant(), rs.getInt("version"));
    }
}
