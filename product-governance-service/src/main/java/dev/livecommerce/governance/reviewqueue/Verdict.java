package dev.livecommerce.governance.reviewqueue;

import dev.livecommerce.governance.review.Outcome;

/** What a reviewer decides on a queued listing. */
public enum Verdict {
    APPROVE(Outcome.APPROVED), INTERCEPT(Outcome.INTERCEPTED);

    private final Outcome outcome;

    Verdict(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
