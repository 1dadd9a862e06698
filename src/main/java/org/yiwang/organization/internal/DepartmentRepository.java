package org.yiwang.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.organization.Department;
import org.yiwang.organization.DepartmentKind;
import org.yiwang.organization.DepartmentStatus;

@Repository
class DepartmentRepository {

    private static final String COLUMNS = """
            select id, code, name, short_name, division_code, line_code, parent_id, kind, status, created_at, updated_at
            from organization.department
            """;
    /** The customary order of the lines (政务服务, 公安, 税务, …), used within one division. */
    private static final String LINE_RANK = "(select l.sort_order from organization.vertical_line l where l.code = line_code)";
    private static final String ORDER = " order by division_code, " + LINE_RANK + ", code";
    private static final String INSERT = """
            insert into organization.department (code, name, short_name, division_code, line_code, parent_id, kind)
            values (:code, :name, :shortName, :division, :line, :parent, :kind)""";

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Department> find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(DepartmentRepository::map).optional();
    }

    Optional<Department> findByCode(String code) {
        return jdbc.sql(COLUMNS + "where code = ?").param(code).query(DepartmentRepository::map).optional();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from organization.department where code = ?)")
                .param(code).query(Boolean.class).single();
    }

    /** Active departments in any of the divisions, optionally on one line only (null for every line). */
    List<Department> findActive(Collection<String> divisionCodes, String lineCode) {
        if (divisionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + """
                        where status = 'active' and division_code in (:divisions)
                          and (cast(:line as varchar) is null or line_code = :line)
                        """ + ORDER)
                .param("divisions", divisionCodes)
                .param("line", lineCode)
                .query(DepartmentRepository::map).list();
    }

    List<Department> findActiveOnLine(String lineCode) {
        return jdbc.sql(COLUMNS + "where status = 'active' and line_code = ?" + ORDER)
                .param(lineCode).query(DepartmentRepository::map).list();
    }

    List<Department> findActiveChildren(long parentId) {
        return jdbc.sql(COLUMNS + "where status = 'active' and parent_id = ?" + ORDER)
                .param(parentId).query(DepartmentRepository::map).list();
    }

    /** Every department of one division, dissolved ones too, for administrators. */
    List<Department> findAllIn(String divisionCode) {
        return jdbc.sql(COLUMNS + "where division_code = ?" + " order by status, " + LINE_RANK + ", code")
                .param(divisionCode).query(DepartmentRepository::map).list();
    }

    long insert(DepartmentDraft draft) {
        return withValues(jdbc.sql(INSERT + " returning id"), draft).query(Long.class).single();
    }

    /** Inserts the department unless its code is taken; the id of the new row, or empty when nothing was written. */
    Optional<Long> insertIfAbsent(DepartmentDraft draft) {
        return withValues(jdbc.sql(INSERT + " on conflict (code) do nothing returning id"), draft)
                .query(Long.class).optional();
    }

    private static JdbcClient.StatementSpec withValues(JdbcClient.StatementSpec statement, DepartmentDraft draft) {
        return statement
                .param("code", draft.code())
                .param("name", draft.name())
                .param("shortName", draft.shortName())
                .param("division", draft.divisionCode())
                .param("line", draft.lineCode())
                .param("parent", draft.parentId())
                .param("kind", draft.kind().code());
    }

    void update(long id, DepartmentDraft draft) {
        jdbc.sql("""
                        update organization.department
                        set name = :name, short_name = :shortName, parent_id = :parent, kind = :kind, updated_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("name", draft.name())
                .param("shortName", draft.shortName())
                .param("parent", draft.parentId())
                .param("kind", draft.kind().code())
                .update();
    }

    void dissolve(long id) {
        jdbc.sql("update organization.department set status = 'dissolved', updated_at = now() where id = ?")
                .param(id).update();
    }

    static Department map(ResultSet rs, int row) throws SQLException {
        return new Department(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("short_name"), rs.getString("division_code"), rs.getString("line_code"),
                rs.getObject("parent_id", Long.class),
                DepartmentKind.fromCode(rs.getString("kind")).orElseThrow(),
                DepartmentStatus.fromCode(rs.getString("status")).orElseThrow(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
