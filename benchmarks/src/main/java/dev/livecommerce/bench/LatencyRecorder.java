package dev.livecommerce.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies of one phase in microseconds, with exact percentiles (the phases are bounded, so all are kept). */
final class LatencyRecorder {

    private final long[] micros;
    private final AtomicInteger count = new AtomicInteger();

    LatencyRecorder(int capacity) {
        this.micros = new long[capacity];
    }

    void record(long nanos) {
        int i = count.getAndIncrement();
        if (i < micros.length) {
            micros[i] = nanos / 1_000;
        }
    }

    int count() {
        return Math.min(count.get(), micros.length);
    }

    double percentileMillis(double p) {
        int n = Math.min(count.get(), micros.length);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, n);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, index))] / 1_000.0;
    }
}
