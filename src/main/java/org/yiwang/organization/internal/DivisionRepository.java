package org.yiwang.organization.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.organization.DivisionLevel;

/** Reads the division table once and keeps it as a {@link DivisionTree}; only a migration changes it. */
@Repository
class DivisionRepository {

    private final JdbcClient jdbc;
    private volatile DivisionTree tree;

    DivisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DivisionTree tree() {
        DivisionTree loaded = tree;
        if (loaded == null) {
            synchronized (this) {
                if (tree == null) {
                    tree = load();
                }
                loaded = tree;
            }
        }
        return loaded;
    }

    private DivisionTree load() {
        return new DivisionTree(jdbc.sql("select code, name, level, parent_code from organization.division")
                .query((rs, n) -> new DivisionTree.Entry(rs.getString("code"), rs.getString("name"),
                        DivisionLevel.fromCode(rs.getString("level")).orElseThrow(), rs.getString("parent_code")))
                .list());
    }
}
