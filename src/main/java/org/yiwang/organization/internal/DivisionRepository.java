package org.yiwang.organization.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.organization.DivisionLevel;

/**
 * Reads the division table once and keeps it as a {@link DivisionTree}; only a migration changes it. A plain component
 * rather than a {@code @Repository}: the exception-translating proxy that Spring puts around repositories would cost
 * every division lookup (several per imported row, one per register lookup) more than the lookup itself.
 */
@Component
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
