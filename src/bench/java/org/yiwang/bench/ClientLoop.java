package org.yiwang.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one client loop that drives both sides of the lookup comparison, {@link LookupLoad} (the platform over HTTP)
 * and {@link LookupBaseline} (plain JDBC), so that they are loaded, timed and counted the same way: {@code clients}
 * threads, each with a client of its own made before the start, for {@code seconds}.
 * <p>
 * Closed model ({@code rate} 0): every client starts its next operation as soon as the last one is done; an
 * operation's latency runs from its start to its end. Paced model ({@code rate} operations a second over all
 * clients): client {@code i} is due at fixed times {@code clients / rate} seconds apart, shifted by {@code i / rate};
 * latency runs from the time an operation was due, so a client that falls behind its schedule counts the delay too
 * (no coordinated omission). A failed operation (false or an exception) is counted apart, not timed.
 */
final class ClientLoop {

    /** One client's operations; made and closed on the thread that uses it. */
    interface Client extends AutoCloseable {

        /** Does one operation; true if its answer was right. */
        boolean call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface Clients {
        Client open() throws Exception;
    }

    private ClientLoop() {
    }

    /** Runs the load and prints one line: {@code what, N clients, closed|paced at R/s, S s: …}. */
    static void run(String what, Clients clients, int count, long seconds, double rate) throws InterruptedException {
        long start = System.nanoTime() + 500_000_000L;
        long deadline = start + seconds * 1_000_000_000L;
        long period = rate > 0 ? (long) (count * 1e9 / rate) : 0;
        AtomicLong failures = new AtomicLong();
        long[][] latencies = new long[count][];
        Thread[] threads = new Thread[count];
        for (int t = 0; t < count; t++) {
            int client = t;
            long first = rate > 0 ? start + (long) (client * 1e9 / rate) : start;
            threads[t] = new Thread(() -> latencies[client] = loop(clients, first, period, deadline, failures));
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%s, %d clients, %s, %d s: %d ok, %d failed, %.1f/s, p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%n", what, count, rate > 0 ? "paced at " + rate + "/s" : "closed",
                seconds, all.length, failures.get(), all.length / (double) seconds, pct(all, 0.50), pct(all, 0.95),
                pct(all, 0.99), pct(all, 1.0));
    }

    private static long[] loop(Clients clients, long first, long period, long deadline, AtomicLong failures) {
        long[] times = new long[1 << 14];
        int n = 0;
        try (Client client = clients.open()) {
            long due = first;
            sleepUntil(first);
            while (true) {
                if (period > 0) {
                    if (due >= deadline) {
                        break;
                    }
                    sleepUntil(due);
                } else if (System.nanoTime() >= deadline) {
                    break;
                }
                long began = period > 0 ? due : System.nanoTime();
                due += period;
                boolean ok;
                try {
                    ok = client.call();
                } catch (Exception e) {
                    ok = false;
                }
                long took = System.nanoTime() - began;
                if (!ok) {
                    failures.incrementAndGet();
                    continue;
                }
                if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                }
                times[n++] = took;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Arrays.copyOf(times, n);
    }

    private static void sleepUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
