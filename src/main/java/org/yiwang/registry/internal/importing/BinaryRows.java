package org.yiwang.registry.internal.importing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary COPY format (a field count, then each field as its length and bytes, -1 for null), built
 * on any thread and streamed by {@link BinaryCopy}. The server then only copies bytes: no text to parse, no quoting
 * or escaping on either side. Each value must have exactly the type of its column.
 */
public final class BinaryRows {

    /** PostgreSQL counts days and microseconds from 2000-01-01. */
    private static final long EPOCH_DAY_2000 = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long EPOCH_SECOND_2000 = EPOCH_DAY_2000 * 86_400;

    private byte[] bytes;
    private int size;

    public BinaryRows(int capacity) {
        bytes = new byte[capacity];
    }

    /** Starts a row of {@code fields} values. */
    public void row(int fields) {
        int16(fields);
    }

    /** Appends whole rows formatted elsewhere. */
    public void append(byte[] rows, int offset, int length) {
        ensure(length);
        System.arraycopy(rows, offset, bytes, size, length);
        size += length;
    }

    /** A {@code text}, {@code varchar} or {@code char(n)} value, as UTF-8; null as SQL null. */
    public BinaryRows text(String value) {
        return value == null ? nul() : field(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A {@code date}. */
    public BinaryRows date(LocalDate value) {
        if (value == null) {
            return nul();
        }
        int32(4);
        int32((int) (value.toEpochDay() - EPOCH_DAY_2000));
        return this;
    }

    /** A {@code timestamptz}, to the microsecond. */
    public BinaryRows timestamp(Instant value) {
        int32(8);
        int64((value.getEpochSecond() - EPOCH_SECOND_2000) * 1_000_000 + value.getNano() / 1_000);
        return this;
    }

    /** An {@code integer}. */
    public BinaryRows integer(int value) {
        int32(4);
        int32(value);
        return this;
    }

    /** A {@code bigint}. */
    public BinaryRows bigint(long value) {
        int32(8);
        int64(value);
        return this;
    }

    public BinaryRows nul() {
        int32(-1);
        return this;
    }

    public int size() {
        return size;
    }

    public byte[] bytes() {
        return bytes;
    }

    private BinaryRows field(byte[] value) {
        int32(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    private void int16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void int32(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void int64(long value) {
        int32((int) (value >>> 32));
        int32((int) value);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
