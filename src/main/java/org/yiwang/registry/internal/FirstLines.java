package org.yiwang.registry.internal;

import java.util.Arrays;

/**
 * The line on which each key (a non-negative number, e.g. the first 17 digits of an ID number) first appeared in a
 * file: an open-addressing table of primitive longs and ints, so that a file of millions of rows spots its repeats
 * without a boxed map entry per row.
 */
final class FirstLines {

    private static final long EMPTY = -1;

    private long[] keys = new long[1 << 16];
    private int[] lines = new int[1 << 16];
    private int size;

    FirstLines() {
        Arrays.fill(keys, EMPTY);
    }

    /** Remembers {@code line} for {@code key} unless the key was seen before; the earlier line, or 0 if none. */
    int putIfAbsent(long key, int line) {
        if (key < 0) {
            throw new IllegalArgumentException("keys are non-negative");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return lines[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        lines[slot] = line;
        size++;
        return 0;
    }

    private static int slot(long key, int capacity) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (capacity - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldLines.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
