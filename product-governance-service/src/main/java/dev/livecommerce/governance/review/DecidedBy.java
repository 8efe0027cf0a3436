package dev.livecommerce.governance.review;

/** Who took a review decision: the automated rules, or a human reviewer deciding a queued listing. */
public enum DecidedBy {
    RULES, REVIEWER
}
