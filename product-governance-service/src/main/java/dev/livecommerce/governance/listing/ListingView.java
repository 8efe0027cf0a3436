package dev.livecommerce.governance.listing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.governance.review.Violation;

/** A listing as its merchant and the reviewers see it; {@code decision} is null until the review is done. */
public record ListingView(UUID id, String merchantId, String title, String description, Category category,
        long priceFen, ListingStatus status, OffsetDateTime submittedAt, Decision decision) {

    public record Decision(Outcome outcome, OffsetDateTime reviewedAt, List<Violation> violations) {
    }

    static ListingView of(Listing listing) {
        // A taken-down listing's status no longer is its review outcome; its complaint says why it is down.
        Decision decision = listing.reviewedAt == null || listing.status == ListingStatus.TAKEN_DOWN
                ? null
                : new Decision(Outcome.valueOf(listing.status.name()), listing.reviewedAt,
                        listing.violations.stream().map(ListingViolation::toViolation).toList());
        return new ListingView(listing.id, listing.merchantId, listing.title, listing.description, listing.category,
                listing.priceFen, listing.status, listing.submittedAt, decision);
    }
}
