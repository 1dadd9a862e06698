package org.yiwang.registry.internal.importing;

import jakarta.annotation.PreDestroy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The bounded pool on which imports do their CPU-heavy work (encryption, keyed digests), one thread per core, shared
 * by every import. Work goes in as batches whose results come back in the order they were submitted.
 */
@Component
public class ImportWorkers {

    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService pool;

    ImportWorkers() {
        AtomicInteger serial = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "registry-import-" + serial.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Batches for one import, each result handed to {@code sink} on the caller's thread, in submission order. */
    public Ordered ordered(Consumer<String> sink) {
        return new Ordered(sink, threads + 1);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** At most a few batches in flight: a file larger than memory streams through with bounded memory. */
    public final class Ordered {

        private final Consumer<String> sink;
        private final int maxInFlight;
        private final Deque<Future<String>> inFlight = new ArrayDeque<>();

        private Ordered(Consumer<String> sink, int maxInFlight) {
            this.sink = sink;
            this.maxInFlight = maxInFlight;
        }

        public void submit(Callable<String> batch) {
            while (inFlight.size() >= maxInFlight) {
                drainOne();
            }
            inFlight.add(pool.submit(batch));
        }

        /** Waits for every batch and hands over its result. */
        public void finish() {
            while (!inFlight.isEmpty()) {
                drainOne();
            }
        }

        /** Abandons the batches still in flight, e.g. when the import failed. */
        public void cancel() {
            inFlight.forEach(batch -> batch.cancel(true));
            inFlight.clear();
        }

        private void drainOne() {
            Future<String> next = inFlight.poll();
            try {
                sink.accept(next.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new IllegalStateException("import interrupted", e);
            } catch (ExecutionException e) {
                cancel();
                throw new IllegalStateException("an import batch failed", e.getCause());
            }
        }
    }
}
