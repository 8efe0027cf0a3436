package dev.livecommerce.governance.penalty;

/** The active points from which a level is enforced. */
public record Threshold(PenaltyLevel level, int points) {
}
