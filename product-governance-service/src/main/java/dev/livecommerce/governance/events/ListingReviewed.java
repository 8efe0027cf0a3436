package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.review.DecidedBy;
import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.governance.review.Violation;

/** Data of listing-reviewed (contracts/schemas/listing-reviewed.schema.json). */
public record ListingReviewed(UUID listingId, UUID reviewId, int revision, String merchantId, Outcome outcome,
        DecidedBy decidedBy, String reviewerId, List<Violation> violations, OffsetDateTime reviewedAt) {

    public static final String NAME = "listing-reviewed";
}
