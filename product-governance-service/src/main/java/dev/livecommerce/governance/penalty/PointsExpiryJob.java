package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Lets points expire: settles the merchants whose earliest active points have reached their expiry, in bounded
 * batches of one transaction each. Merchants locked by another instance (or by a decision being applied) are skipped
 * and picked up on the next run. A merchant whose level drops gets merchant-penalized (LOWERED).
 */
@ApplicationScoped
public class PointsExpiryJob {

    private final MerchantStandings standings;
    private final PenaltyEvents events;
    private final PenaltyMetrics metrics;
    private final PenaltyConfig.Expiry limits;

    PointsExpiryJob(MerchantStandings standings, PenaltyEvents events, PenaltyMetrics metrics, PenaltyConfig config) {
        this.standings = standings;
        this.events = events;
        this.metrics = metrics;
        this.limits = config.expiry();
    }

    @Scheduled(every = "${governance.penalties.expiry.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        for (int batch = 0; batch < limits.batchesPerRunMax(); batch++) {
            if (settleBatch() < limits.batchSizeMax()) {
                return;
            }
        }
    }

    /** Settles one batch; returns how many merchants it settled. */
    int settleBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<String> merchants = standings.lockExpired(now, limits.batchSizeMax());
            for (String merchantId : merchants) {
                StandingChange change = standings.settle(merchantId, Settlement.pointsExpired(now));
                events.publishExpiry(change);
                metrics.recordAfterCommit(change, now);
            }
            return merchants.size();
        });
    }
}
