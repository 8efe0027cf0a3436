package dev.livecommerce.governance.score;

import java.time.OffsetDateTime;

import dev.livecommerce.governance.review.Outcome;

/**
 * A listing's decisions in the window: how many, their violation points, the latest outcome (null when none is left in
 * the window) and when the oldest was taken.
 */
public record ListingTotals(int decisions, int violationPoints, Outcome latestOutcome,
        OffsetDateTime oldestOccurredAt) {
}
