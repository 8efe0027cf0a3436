package dev.livecommerce.governance.listing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.livecommerce.governance.events.ListingSubmitted;
import dev.livecommerce.governance.review.DecidedBy;
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

    /** Records a decision on the listing's current revision and makes it the one in force. */
    public ListingReview record(Listing listing, ReviewDecision decision, DecidedBy decidedBy, String reviewerId,
            String reviewerNote, OffsetDateTime at) {
        ListingReview review = new ListingReview();
        review.id = UUID.randomUUID();
        review.listingId = listing.id;
        review.revision = listing.revision;
        review.outcome = decision.outcome();
        review.decidedBy = decidedBy;
        review.reviewerId = reviewerId;
        review.reviewerNote = reviewerNote;
        review.decidedAt = at;
        decision.violations().forEach(v -> review.violations.add(ListingViolation.of(review, v)));
        review.persist();
        // A listing taken down on an IP complaint stays down whatever a review finds; restoring it is the
        // complaint's decision (ListingTakedowns).
        if (listing.status != ListingStatus.TAKEN_DOWN) {
            listing.status = ListingStatus.valueOf(decision.outcome().name());
        }
        listing.reviewedAt = at;
        listing.currentReview = review;
        return review;
    }
}
