package dev.livecommerce.governance.reviewqueue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.livecommerce.kit.tx.AfterCommit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * How the queue keeps up: its size and the age of its oldest open item (read from the database at each scrape, so
 * every instance reports the same queue), and the time from MANUAL_REVIEW to the reviewer's decision.
 */
@Startup
@ApplicationScoped
public class ReviewQueueMetrics {

    private final EntityManager em;
    private final AfterCommit afterCommit;
    private final Timer timeToDecision;

    ReviewQueueMetrics(MeterRegistry meters, EntityManager em, AfterCommit afterCommit) {
        this.em = em;
        this.afterCommit = afterCommit;
        Gauge.builder("governance.review.queue.size", this, m -> m.read(m::openCount))
                .description("Listings waiting for a human reviewer (open items, claimed or not)")
                .strongReference(true)
                .register(meters);
        Gauge.builder("governance.review.queue.oldest.age.seconds", this, m -> m.read(m::oldestAgeSeconds))
                .description("How long the oldest open item has waited since the rules sent it to manual review; "
                        + "0 when the queue is empty")
                .strongReference(true)
                .register(meters);
        this.timeToDecision = Timer.builder("governance.review.queue.time.to.decision")
                .description("From the rules' MANUAL_REVIEW decision to the reviewer's decision")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    /** Times the decision once its transaction has committed: a rolled-back decision took no time off the queue. */
    void recordDecisionOnCommit(OffsetDateTime queuedAt, OffsetDateTime decidedAt) {
        afterCommit.run(() -> timeToDecision.record(Duration.between(queuedAt, decidedAt)));
    }

    private double read(Supplier<Double> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }

    private double openCount() {
        return ((Number) em.createNativeQuery("select count(*) from review_queue_item where status = 'OPEN'")
                .getSingleResult()).doubleValue();
    }

    private double oldestAgeSeconds() {
        Object oldest = em.createNativeQuery("select min(queued_at) from review_queue_item where status = 'OPEN'",
                OffsetDateTime.class).getSingleResult();
        if (oldest == null) {
            return 0;
        }
        Duration age = Duration.between((OffsetDateTime) oldest, OffsetDateTime.now(ZoneOffset.UTC));
        return Math.max(0, age.toMillis() / 1000.0);
    }
}
