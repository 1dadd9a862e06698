package org.yiwang.registry.internal.importing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The unique constraints, foreign keys and plain indexes of some tables (primary keys aside), dropped for a large load
 * into a nearly empty table and built again afterwards from their own definitions, as PostgreSQL printed them before
 * the drop. Building an index once over all rows is several times cheaper than updating it row by row, and checking
 * a foreign key once is one join instead of a lookup per row. Everything happens inside the import's transaction:
 * if the load or a rebuild fails (e.g. a duplicate key), the rollback restores the tables and their indexes exactly
 * as they were. The drop takes an exclusive lock, so readers of those tables wait until the import commits.
 */
public final class SecondaryIndexes {

    private record Definition(String table, String name, String definition, boolean constraint, boolean foreignKey) {

        String drop() {
            return constraint ? "alter table " + table + " drop constraint " + name : "drop index " + name;
        }

        String create() {
            return constraint ? "alter table " + table + " add constraint " + name + " " + definition : definition;
        }
    }

    private final JdbcClient jdbc;
    private final List<Definition> dropped;

    private SecondaryIndexes(JdbcClient jdbc, List<Definition> dropped) {
        this.jdbc = jdbc;
        this.dropped = dropped;
    }

    /** Locks the tables exclusively (in the order given) and drops their secondary indexes and constraints. */
    public static SecondaryIndexes drop(JdbcClient jdbc, List<String> tables) {
        jdbc.sql("lock table " + String.join(", ", tables) + " in access exclusive mode").update();
        List<Definition> definitions = new ArrayList<>();
        for (String table : tables) {
            definitions.addAll(jdbc.sql("""
                            select quote_ident(conname), pg_get_constraintdef(oid), contype = 'f'
                              from pg_constraint
                             where conrelid = cast(:table as regclass) and contype in ('u', 'f')""")
                    .param("table", table)
                    .query((rs, n) -> new Definition(table, rs.getString(1), rs.getString(2), true, rs.getBoolean(3)))
                    .list());
            definitions.addAll(jdbc.sql("""
                            select cast(i.indexrelid as regclass)::text, pg_get_indexdef(i.indexrelid)
                              from pg_index i
                             where i.indrelid = cast(:table as regclass)
                               and not exists (select 1 from pg_constraint c
                                                where c.conindid = i.indexrelid and c.conrelid = i.indrelid)""")
                    .param("table", table)
                    .query((rs, n) -> new Definition(table, rs.getString(1), rs.getString(2), false, false))
                    .list());
        }
        // foreign keys first: a unique constraint cannot go while a key of these tables still points at it
        definitions.stream().filter(Definition::foreignKey).forEach(d -> jdbc.sql(d.drop()).update());
        definitions.stream().filter(d -> !d.foreignKey()).forEach(d -> jdbc.sql(d.drop()).update());
        return new SecondaryIndexes(jdbc, definitions);
    }

    /** Builds everything that {@link #drop} dropped: indexes and unique constraints, then the foreign keys. */
    public void rebuild() {
        dropped.stream().filter(d -> !d.foreignKey()).forEach(d -> jdbc.sql(d.create()).update());
        dropped.stream().filter(Definition::foreignKey).forEach(d -> jdbc.sql(d.create()).update());
    }

    /** How many indexes and constraints were dropped. */
    public int count() {
        return dropped.size();
    }
}
