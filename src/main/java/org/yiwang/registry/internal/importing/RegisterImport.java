package org.yiwang.registry.internal.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** One register that can be loaded from CSV: its columns, and a loader for one file inside the import's transaction. */
public interface RegisterImport {

    /** The register's name in URLs and records, e.g. {@code indicators}. */
    String register();

    List<String> requiredColumns();

    /**
     * A loader for one file.
     *
     * @param actor who imports, as the audit trail and the change history name him
     */
    Loader start(Locale locale, String actor);

    interface Loader {

        /** Checks the row and stages it when good; otherwise the reason it is rejected, in the importer's language. */
        Optional<String> stage(long line, CSVRecord row);

        /**
         * Called once after the last row: the rows that can only be judged against the whole file or the register
         * (e.g. a legal representative looked up in batches), each with its reason. They are not loaded.
         */
        default List<Rejection> finish() {
            return List.of();
        }

        /** The import failed before {@link #load()}: stop any work still in flight; the transaction rolls back. */
        default void abandon() {
        }

        /** Writes the staged rows into the register by natural key; the number of rows that really changed. */
        int load();

        /**
         * Called instead of {@link #load()} when the file is not to be loaded (a rejected row under
         * {@link ImportMode#ALL_OR_NOTHING}): undo whatever staging already wrote outside temporary tables. The
         * transaction goes on to record the import.
         */
        default void discard() {
        }
    }
}
