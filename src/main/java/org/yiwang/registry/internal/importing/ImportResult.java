package org.yiwang.registry.internal.importing;

import java.time.Instant;

/** The record of one imported file: what was read, changed, left unchanged and rejected, and whether anything loaded. */
public record ImportResult(long id, String register, ImportMode mode, String encoding, String fileName, String startedBy,
        Instant startedAt, Instant finishedAt, int rowsRead, int rowsChanged, int rowsUnchanged, int rowsRejected,
        String outcome) {
}
