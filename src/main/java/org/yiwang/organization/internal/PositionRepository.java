package org.yiwang.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.organization.Position;

@Repository
class PositionRepository {

    private static final String COLUMNS = "select id, department_id, code, name, rank from organization.position ";

    private final JdbcClient jdbc;

    PositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Position> find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(Position.class).optional();
    }

    List<Position> findByDepartment(long departmentId) {
        return jdbc.sql(COLUMNS + "where department_id = ? order by id")
                .param(departmentId).query(Position.class).list();
    }

    boolean codeTaken(long departmentId, String code) {
        return jdbc.sql("select exists (select 1 from organization.position where department_id = ? and code = ?)")
                .params(departmentId, code).query(Boolean.class).single();
    }

    long insert(long departmentId, PositionRequest position) {
        return jdbc.sql("""
                        insert into organization.position (department_id, code, name, rank)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(departmentId, position.code(), position.name(), position.rank())
                .query(Long.class).single();
    }

    /** Inserts the position unless its department already has one with that code; whether a row was written. */
    boolean insertIfAbsent(long departmentId, PositionRequest position) {
        return jdbc.sql("""
                        insert into organization.position (department_id, code, name, rank)
                        values (?, ?, ?, ?) on conflict (department_id, code) do nothing
                        """)
                .params(departmentId, position.code(), position.name(), position.rank())
                .update() == 1;
    }

    void update(long id, String name, String rank) {
        jdbc.sql("update organization.position set name = ?, rank = ?, updated_at = now() where id = ?")
                .params(name, rank, id).update();
    }
}
