package org.yiwang.registry.internal.importing;

/** A row that was not loaded: its line in the file (the header is line 1) and why. */
public record Rejection(long line, String reason) {
}
