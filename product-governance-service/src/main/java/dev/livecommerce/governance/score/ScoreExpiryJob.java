package dev.livecommerce.governance.score;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Recomputes the merchants and listings whose oldest counted fact has left the rolling window, so their scores recover
 * without a new input, and deletes facts past their retention. Each batch is one transaction; a run stops after a
 * bounded number of batches.
 */
@ApplicationScoped
public class ScoreExpiryJob {

    private final ScoreRecomputation recomputation;
    private final ScoreFacts facts;
    private final ScoreConfig.Expiry limits;
    private final int factRetentionDays;

    ScoreExpiryJob(ScoreRecomputation recomputation, ScoreFacts facts, ScoreConfig config) {
        this.recomputation = recomputation;
        this.facts = facts;
        this.limits = config.expiry();
        this.factRetentionDays = config.factRetentionDays();
    }

    @Scheduled(every = "${governance.scores.expiry.every}", delayed = "${governance.scores.expiry.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        recomputeExpired();
        QuarkusTransaction.requiringNew().run(() -> facts.purgeOlderThan(
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(factRetentionDays), limits.purgeBatchSizeMax()));
    }

    private void recomputeExpired() {
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
