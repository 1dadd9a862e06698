package org.yiwang.registry.internal.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import runs and their rejected rows. */
@Repository
class ImportRecords {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long save(ImportResult run, List<Rejection> rejections) {
        long id = jdbc.sql("""
                        insert into registry.import_run (register, mode, encoding, file_name, started_by, started_at,
                               finished_at, rows_read, rows_changed, rows_unchanged, rows_rejected, outcome)
                        values (:register, :mode, :encoding, :fileName, :startedBy, :startedAt, :finishedAt, :read,
                                :changed, :unchanged, :rejected, :outcome)
                        returning id""")
                .param("register", run.register()).param("mode", run.mode().name()).param("encoding", run.encoding())
                .param("fileName", run.fileName()).param("startedBy", run.startedBy())
                .param("startedAt", Timestamp.from(run.startedAt())).param("finishedAt", Timestamp.from(run.finishedAt()))
                .param("read", run.rowsRead()).param("changed", run.rowsChanged())
                .param("unchanged", run.rowsUnchanged()).param("rejected", run.rowsRejected())
                .param("outcome", run.outcome())
                .query(Long.class).single();
        template.batchUpdate("insert into registry.import_rejection (import_id, line, reason) values (?, ?, ?)",
                rejections, 5_000, (statement, rejection) -> {
                    statement.setLong(1, id);
                    statement.setLong(2, rejection.line());
                    statement.setString(3, rejection.reason());
                });
        return id;
    }

    Optional<ImportResult> find(long id) {
        return jdbc.sql("select * from registry.import_run where id = :id").param("id", id)
                .query(ImportRecords::run).optional();
    }

    List<ImportResult> recent(int limit) {
        return jdbc.sql("select * from registry.import_run order by id desc limit :limit").param("limit", limit)
                .query(ImportRecords::run).list();
    }

    List<Rejection> rejections(long id, int limit) {
        return jdbc.sql("select line, reason from registry.import_rejection where import_id = :id order by line limit :limit")
                .param("id", id).param("limit", limit)
                .query((rs, row) -> new Rejection(rs.getLong("line"), rs.getString("reason"))).list();
    }

    /** Every rejected row in line order, one at a time, so that a large report never sits in memory. */
    void eachRejection(long id, Consumer<Rejection> action) {
        template.query("select line, reason from registry.import_rejection where import_id = ? order by line",
                rs -> {
                    action.accept(new Rejection(rs.getLong("line"), rs.getString("reason")));
                }, id);
    }

    private static ImportResult run(ResultSet rs, int row) throws SQLException {
        return new ImportResult(rs.getLong("id"), rs.getString("register"), ImportMode.valueOf(rs.getString("mode")),
                rs.getString("encoding"), rs.getString("file_name"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
                rs.getInt("rows_read"), rs.getInt("rows_changed"), rs.getInt("rows_unchanged"),
                rs.getInt("rows_rejected"), rs.getString("outcome"));
    }
}
