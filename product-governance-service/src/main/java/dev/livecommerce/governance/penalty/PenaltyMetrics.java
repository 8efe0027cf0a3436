package dev.livecommerce.governance.penalty;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import dev.livecommerce.kit.tx.AfterCommit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The ladder's meters. They are recorded when the transaction commits, so a retried or rolled back settlement is not
 * counted twice.
 */
@ApplicationScoped
public class PenaltyMetrics {

    static final String ENFORCEMENT_DELAY = "governance.penalty.enforcement.delay";
    static final String WARNINGS = "governance.penalty.warnings";
    static final String ENFORCED = "governance.penalty.enforced";
    static final String LIFTED = "governance.penalty.lifted";

    private final MeterRegistry meters;
    private final AfterCommit afterCommit;
    private final Timer enforcementDelay;

    PenaltyMetrics(MeterRegistry meters, AfterCommit afterCommit) {
        this.meters = meters;
        this.afterCommit = afterCommit;
        this.enforcementDelay = Timer.builder(ENFORCEMENT_DELAY)
                .description("Time from a violation (its decision, or the first MANUAL_REVIEW of a reviewer's "
                        + "decision) to the penalty it triggered being enforced")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofDays(30))
                .register(meters);
    }

    /** Counts what a settlement did; the enforcement delay runs from the triggering violation's flag time. */
    public void recordAfterCommit(StandingChange change, OffsetDateTime violationFlaggedAt) {
        afterCommit.run(() -> {
            if (change.raised()) {
                enforcementDelay.record(Duration.between(violationFlaggedAt, change.at()));
            }
            change.enforced().forEach(p -> counter(ENFORCED, "level", p.level.name()).increment());
            change.lifted().forEach(p -> meters.counter(LIFTED, "level", p.level.name(), "reason",
                    p.liftReason.name()).increment());
            if (change.warning() != null) {
                counter(WARNINGS, "level", change.warning().thresholdLevel.name()).increment();
            }
        });
    }

    private Counter counter(String name, String tag, String value) {
        return meters.counter(name, tag, value);
    }

}
