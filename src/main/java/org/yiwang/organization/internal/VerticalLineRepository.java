package org.yiwang.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.organization.VerticalLine;

@Repository
class VerticalLineRepository {

    private final JdbcClient jdbc;

    VerticalLineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VerticalLine> findAll() {
        return jdbc.sql("select code, name_zh, name_en from organization.vertical_line order by sort_order, code")
                .query(VerticalLine.class).list();
    }

    Optional<VerticalLine> find(String code) {
        return jdbc.sql("select code, name_zh, name_en from organization.vertical_line where code = ?")
                .param(code).query(VerticalLine.class).optional();
    }
}
