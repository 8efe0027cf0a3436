package dev.livecommerce.governance.score;

import java.math.BigDecimal;
import java.util.UUID;

import dev.livecommerce.governance.review.Outcome;

/**
 * A listing's quality score: {@code latestOutcome} is its latest decision in the window (absent when none is left in
 * it), {@code violationPoints} the points of its decisions in the window.
 */
public record ListingScoreView(UUID listingId, String merchantId, BigDecimal score, Outcome latestOutcome,
        int decisionsCounted, int violationPoints, MerchantScoreView.Window window) {

    static ListingScoreView of(ListingScore row) {
        return new ListingScoreView(row.listingId, row.merchantId, row.score, row.latestOutcome, row.decisionsCounted,
                row.violationPoints, new MerchantScoreView.Window(row.windowDays,
                        row.computedAt.minusDays(row.windowDays), row.computedAt));
    }
}
