package dev.livecommerce.governance.score;

/** What made a score be recomputed, as merchant-score-changed reports it. */
public enum ScoreReason {
    LISTING_REVIEWED, VIOLATION_DETECTED, REFUND_REQUESTED, SHIPMENT_LATE, FACTS_EXPIRED
}
