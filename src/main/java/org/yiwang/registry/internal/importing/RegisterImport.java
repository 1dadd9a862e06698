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

    Loader start(Locale locale);

    interface Loader {

        /** Checks the row and stages it when good; otherwise the reason it is rejected, in the importer's language. */
        Optional<String> stage(long line, CSVRecord row);

        /** Writes the staged rows into the register by natural key; the number of rows that really changed. */
        int load();
    }
}
