package dev.livecommerce.moderation.enforcement;

import jakarta.enterprise.context.ApplicationScoped;

import dev.livecommerce.kit.tx.AfterCommit;

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
    private final AfterCommit afterCommit;

    ModerationMetrics(MeterRegistry meters, AfterCommit afterCommit) {
        this.meters = meters;
        this.afterCommit = afterCommit;
    }

    public void countAfterCommit(PenaltyKind step) {
        afterCommit.run(() -> meters.counter(STEPS, "kind", step.name()).increment());
    }

    public void chatHiddenAfterCommit() {
        afterCommit.run(() -> meters.counter(CHAT_HIDDEN).increment());
    }

    public void boostAfterCommit() {
        afterCommit.run(() -> meters.counter(BOOSTS).increment());
    }

    public void overturnAfterCommit(PenaltyKind kind) {
        afterCommit.run(() -> meters.counter(OVERTURNS, "kind", kind.name()).increment());
    }

}
