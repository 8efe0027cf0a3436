package dev.livecommerce.governance.score;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Recomputes the merchants and listings whose oldest counted fact has left the rolling window, so their scores recover
 * without a new input. Each batch is one transaction; a run stops after a bounded number of batches.
 */
@ApplicationScoped
public class ScoreExpiryJob {

    private final ScoreRecomputation recomputation;
    private final ScoreConfig.Expiry limits;

    ScoreExpiryJob(ScoreRecomputation recomputation, ScoreConfig config) {
        this.recomputation = recomputation;
        this.limits = config.expiry();
    }

    @Scheduled(every = "${governance.scores.expiry.every}", delayed = "${governance.scores.expiry.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (int batch = 0; batch < limits.batchesPerRunMax(); batch++) {
            int merchants = QuarkusTransaction.requiringNew()
                    .call(() -> recomputation.recomputeExpiredMerchants(limits.batchSizeMax()));
            int listings = QuarkusTransaction.requiringNew()
                    .call(() -> recomputation.recomputeExpiredListings(limits.batchSizeMax()));
            if (merchants < limits.batchSizeMax() && listings < limits.batchSizeMax()) {
                return;
            }
        }
    }
}
