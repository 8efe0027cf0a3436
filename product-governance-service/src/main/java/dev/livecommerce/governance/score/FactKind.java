package dev.livecommerce.governance.score;

/** The kinds of input a score is computed from, one per consumed event type. */
public enum FactKind {
    LISTING_DECISION, LIVESTREAM_VIOLATION, REFUND_REQUEST, LATE_SHIPMENT
}
