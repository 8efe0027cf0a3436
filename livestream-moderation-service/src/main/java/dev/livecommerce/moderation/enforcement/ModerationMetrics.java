package dev.livecommerce.moderation.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters of what moderation did (rooms warned, throttled, cut; hosts banned; chat messages hidden; boosts;
 * overturns), counted when the transaction commits so a retried or rolled back one is not counted twice. The day's
 * totals per room and host are the query GET /moderation-totals; these are their rates.
 */
@ApplicationScoped
public class ModerationMetrics {

    static final String STEPS = "moderation.ladder.steps";
    static final String CHAT_HIDDEN = "moderation.chat.hidden";
    static final String BOOSTS = "moderation.boosts.granted";
    static final String OVERTURNS = "moderation.appeals.overturned";

    private final MeterRegistry meters;
    private final TransactionSynchronizationRegistry transactions;

    ModerationMetrics(MeterRegistry meters, TransactionSynchronizationRegistry transactions) {
        this.meters = meters;
        this.transactions = transactions;
    }

    public void countAfterCommit(PenaltyKind step) {
        afterCommit(() -> meters.counter(STEPS, "kind", step.name()).increment());
    }

    public void chatHiddenAfterCommit() {
        afterCommit(() -> meters.counter(CHAT_HIDDEN).increment());
    }

    public void boostAfterCommit() {
        afterCommit(() -> meters.counter(BOOSTS).increment());
    }

    public void overturnAfterCommit(PenaltyKind kind) {
        afterCommit(() -> meters.counter(OVERTURNS, "kind", kind.name()).increment());
    }

    private void afterCommit(Runnable record) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    record.run();
                }
            }
        });
    }
}
