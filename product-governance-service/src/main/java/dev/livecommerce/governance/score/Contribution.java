package dev.livecommerce.governance.score;

/** What one fact takes from a merchant: the sub-score it lowers and by how many penalty points. */
public record Contribution(SubScore subScore, int penaltyPoints) {

    public Contribution {
        if (penaltyPoints < 0) {
            throw new IllegalArgumentException("penalty points are never negative: " + penaltyPoints);
        }
    }
}
