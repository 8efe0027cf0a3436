package dev.livecommerce.governance.score;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.review.Outcome;

/** The fields of listing-reviewed's data the scores read (contracts/schemas/listing-reviewed.schema.json). */
public record ListingReviewedData(UUID listingId, String merchantId, Outcome outcome,
        List<ReviewedViolation> violations,
        OffsetDateTime reviewedAt) {

    /** A rule that fired; {@code points} are its violation points. */
    public record ReviewedViolation(String ruleId, int points) {
    }

    int violationPoints() {
        return violations.stream().mapToInt(ReviewedViolation::points).sum();
    }
}
