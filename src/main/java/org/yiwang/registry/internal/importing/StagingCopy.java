package org.yiwang.registry.internal.importing;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Good rows on their way into a temporary staging table by PostgreSQL COPY, on the connection of the current
 * transaction; the table goes when the transaction ends. Rows added one by one go in batches of their own COPY; rows
 * formatted elsewhere ({@link #copy(byte[])}) stream through one COPY that stays open until {@link #flush()}, during
 * which nothing else may use the connection.
 */
public final class StagingCopy {

    private static final int BATCH = 10_000;

    private final Connection connection;
    private final String copy;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private int buffered;
    private CopyIn open;

    /** Creates the staging table ({@code create temp table … on commit drop}) and prepares {@code copy … from stdin}. */
    public StagingCopy(DataSource dataSource, String createTable, String copy) {
        this.connection = DataSourceUtils.getConnection(dataSource);
        this.copy = copy;
        try (Statement statement = connection.createStatement()) {
            statement.execute(createTable);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the staging table", e);
        }
    }

    /** Adds one row; a null value is written as SQL null. */
    public void add(Object... values) {
        appendRow(buffer, values);
        if (++buffered >= BATCH) {
            flush();
        }
    }

    /** Appends one row in COPY's CSV format to {@code rows}: for rows formatted apart, e.g. on other threads. */
    public static void appendRow(StringBuilder rows, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append(',');
            }
            if (values[i] != null) {
                String value = values[i].toString();
                rows.append('"');
                if (value.indexOf('"') < 0) {
                    rows.append(value);
                } else {
                    rows.append(value.replace("\"", "\"\""));
                }
                rows.append('"');
            }
        }
        rows.append('\n');
    }

    /** Streams rows that {@link #appendRow} formatted, as UTF-8, into the open COPY (opened if need be). */
    public void copy(byte[] rows) {
        try {
            if (open == null) {
                open = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            }
            open.writeToCopy(rows, 0, rows.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        }
    }

    /** Ends the open COPY, if any, and copies the rows added one by one. */
    public void flush() {
        if (open != null) {
            try {
                open.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the staging table failed", e);
            } finally {
                open = null;
            }
        }
        if (buffered == 0) {
            return;
        }
        copyIn(buffer);
        buffer.setLength(0);
        buffered = 0;
    }

    /** Abandons an open COPY (the import failed), so that the transaction can roll back on a usable connection. */
    public void cancel() {
        if (open != null && open.isActive()) {
            try {
                open.cancelCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot cancel the COPY into the staging table", e);
            } finally {
                open = null;
            }
        }
    }

    private void copyIn(CharSequence rows) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        }
    }
}
