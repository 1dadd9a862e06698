package org.yiwang.registry.internal.importing;

import jakarta.annotation.PreDestroy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    private final AtomicInteger serial = new AtomicInteger();

    ImportWorkers() {
        pool = Executors.newFixedThreadPool(threads, task -> daemon(task, "registry-import-" + serial.incrementAndGet()));
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Batches for one import, each result handed to {@code sink} in submission order on a thread of the import's own,
     * so that the sink (e.g. a COPY into the database) runs while the caller reads the next rows and the pool
     * encrypts. The sink is the only user of whatever it writes to until {@link Ordered#finish()} returns.
     */
    public <T> Ordered<T> ordered(Consumer<T> sink) {
        return new Ordered<>(sink, threads + 1);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** At most a few batches in flight: a file larger than memory streams through with bounded memory. */
    public final class Ordered<T> {

        private final Consumer<T> sink;
        private final int maxInFlight;
        private final ExecutorService writer;
        private final Deque<Future<?>> inFlight = new ArrayDeque<>();

        private Ordered(Consumer<T> sink, int maxInFlight) {
            this.sink = sink;
            this.maxInFlight = maxInFlight;
            this.writer = Executors.newSingleThreadExecutor(
                    task -> daemon(task, "registry-import-writer-" + serial.incrementAndGet()));
        }

        public void submit(Callable<T> batch) {
            while (inFlight.size() >= maxInFlight) {
                await(inFlight.poll());
            }
            Future<T> result = pool.submit(batch);
            inFlight.add(writer.submit(() -> {
                sink.accept(result.get());
                return null;
            }));
        }

        /** Waits until every batch submitted so far has reached the sink; more may follow. */
        public void drain() {
            while (!inFlight.isEmpty()) {
                await(inFlight.poll());
            }
        }

        /** Waits until every batch has reached the sink. */
        public void finish() {
            try {
                drain();
            } finally {
                writer.shutdown();
            }
        }

        /**
         * Abandons the batches still in flight, e.g. when the import failed, and returns once the sink is idle for
         * good: a batch that had already reached it is let finish, the others are dropped.
         */
        public void cancel() {
            inFlight.forEach(batch -> batch.cancel(false));
            inFlight.clear();
            writer.shutdown();
            try {
                if (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the import's writer did not stop");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void await(Future<?> next) {
            try {
                next.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new IllegalStateException("import interrupted", e);
            } catch (ExecutionException e) {
                cancel();
                Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
                throw new IllegalStateException("an import batch failed", cause);
            }
        }
    }
}
