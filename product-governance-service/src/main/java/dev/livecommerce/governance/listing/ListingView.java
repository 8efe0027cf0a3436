package dev.livecommerce.governance.listing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.review.DecidedBy;
import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.governance.review.Violation;

/** A listing as its merchant and the reviewers see it; {@code decision} is null until the first review is done. */
public record ListingView(UUID id, String merchantId, String title, String description, Category category,
        long priceFen, ListingStatus status, int revision, OffsetDateTime submittedAt, Decision decision) {

    public record Decision(UUID reviewId, Outcome outcome, DecidedBy decidedBy, OffsetDateTime reviewedAt,
            List<Violation> violations) {
    }

    static ListingView of(Listing listing) {
        ListingReview review = listing.currentReview;
        Decision decision = review == null
                ? null
                : new Decision(review.id, review.outcome, review.decidedBy, review.decidedAt,
                        review.violations.stream().map(ListingViolation::toViolation).toList());
        return new ListingView(listing.id, listing.merchantId, listing.title, listing.description, listing.category,
                listing.priceFen, listing.status, listing.revision, listing.submittedAt, decision);
    }
}
