package dev.livecommerce.moderation.segment;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The meters of segment checking (docs/moderation.md, "Consumption"). */
@ApplicationScoped
class SegmentMeters {

    private final Counter checked;
    private final Counter withViolations;
    private final Timer batches;
    private final Timer recording;

    SegmentMeters(MeterRegistry meters) {
        this.checked = meters.counter("moderation.segments.checked");
        this.withViolations = meters.counter("moderation.segments.with.violations");
        this.batches = Timer.builder("moderation.segments.batch")
                .description("Time from a polled batch's arrival until its segments are all checked and recorded")
                .register(meters);
        this.recording = Timer.builder("moderation.segments.recording")
                .description("Time to record one room's violations of a batch in one transaction")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /** A segment is done: clean, or its violations recorded. */
    void checked(boolean withViolation) {
        checked.increment();
        if (withViolation) {
            withViolations.increment();
        }
    }

    void batchDone(long startNs) {
        batches.record(System.nanoTime() - startNs, TimeUnit.NANOSECONDS);
    }

    Timer recording() {
        return recording;
    }
}
