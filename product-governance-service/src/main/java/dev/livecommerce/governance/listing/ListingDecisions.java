package dev.livecommerce.governance.listing;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import dev.livecommerce.governance.events.ListingSubmitted;
import dev.livecommerce.governance.review.ReviewDecision;

/** Writes review results onto listings; callers own the transaction. */
@ApplicationScoped
public class ListingDecisions {

    public Listing adopt(ListingSubmitted submitted) {
        Listing listing = new Listing();
        listing.id = submitted.listingId();
        listing.merchantId = submitted.merchantId();
        listing.title = submitted.title();
        listing.description = submitted.description();
        listing.category = submitted.category();
        listing.priceFen = submitted.priceFen();
        listing.status = ListingStatus.PENDING_REVIEW;
        listing.submittedAt = submitted.submittedAt();
        listing.persist();
        return listing;
    }

    public void record(Listing listing, ReviewDecision decision, OffsetDateTime at) {
        listing.status = ListingStatus.valueOf(decision.outcome().name());
        listing.reviewedAt = at;
        decision.violations().forEach(v -> listing.violations.add(ListingViolation.of(listing, v)));
    }
}
