package org.yiwang.registry.internal.importing;

/** What a file with bad rows does: the importer chooses, there is no default. */
public enum ImportMode {
    /** Any rejected row and nothing is loaded; the report lists every rejected row. */
    ALL_OR_NOTHING,
    /** The good rows are loaded; the report lists every rejected row. */
    GOOD_ROWS
}
