package org.yiwang.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The records an import touched, read in order of their changed fields, cut into batches of at most {@code max}
 * records that share the same changed fields: one batch event each instead of one event per record.
 */
final class ChangeBatches<T> {

    private final int max;
    private final BiConsumer<List<T>, Set<String>> publish;
    private List<T> batch = new ArrayList<>();
    private String fields = "";
    private int count;

    ChangeBatches(int max, BiConsumer<List<T>, Set<String>> publish) {
        this.max = max;
        this.publish = publish;
    }

    /** One record and its changed fields, joined by commas (SQL {@code array_to_string(changed, ',')}). */
    void add(T record, String changed) {
        if (!changed.equals(fields) || batch.size() == max) {
            flush();
            fields = changed;
        }
        batch.add(record);
        count++;
    }

    /** Publishes the last batch; the number of records in all batches. */
    int finish() {
        flush();
        return count;
    }

    private void flush() {
        if (!batch.isEmpty()) {
            publish.accept(batch, Set.of(fields.split(",")));
            batch = new ArrayList<>();
        }
    }
}
