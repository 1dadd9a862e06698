package org.yiwang.registry.internal.importing;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY … from stdin (format binary)} on the connection of the import's transaction, fed with
 * {@link BinaryRows} as they come and ended by {@link #end()}. Only one thread may write at a time, and nothing else
 * may use the connection while the COPY is open.
 */
public final class BinaryCopy {

    /** The signature, no flags, no header extension. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0,
        0, 0, 0};
    /** A field count of -1 ends the data. */
    private static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    private final CopyIn copy;

    /** Opens {@code copy} (a {@code COPY table (columns) from stdin (format binary)}) on {@code connection}. */
    public BinaryCopy(Connection connection, String copy) {
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            this.copy.writeToCopy(HEADER, 0, HEADER.length);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start " + copy, e);
        }
    }

    /** Sends {@code length} bytes of whole rows from {@code offset}. */
    public void write(byte[] rows, int offset, int length) {
        if (length == 0) {
            return;
        }
        try {
            copy.writeToCopy(rows, offset, length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
    }

    /** Ends the COPY; the number of rows the server took. */
    public long end() {
        try {
            copy.writeToCopy(TRAILER, 0, TRAILER.length);
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
    }

    /** Abandons the COPY (the import failed), so that the transaction can roll back on a usable connection. */
    public void cancel() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot cancel the COPY", e);
            }
        }
    }
}
