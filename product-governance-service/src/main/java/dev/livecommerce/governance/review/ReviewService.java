package dev.livecommerce.governance.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.governance.events.ListingSubmitted;
import dev.livecommerce.governance.listing.Listing;
import dev.livecommerce.governance.listing.ListingDecisions;
import dev.livecommerce.kit.events.PoisonMessageException;
import dev.livecommerce.kit.outbox.Outbox;

/** Reviews a submitted listing: the decision, its evidence and listing-reviewed commit together. */
@ApplicationScoped
public class ReviewService {

    private final ListingReviewer reviewer = new ListingReviewer();
    private final ListingDecisions decisions;
    private final Outbox outbox;

    ReviewService(ListingDecisions decisions, Outbox outbox) {
        this.decisions = decisions;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void review(ListingSubmitted submitted) {
        Listing listing = Listing.findById(submitted.listingId(), LockModeType.PESSIMISTIC_WRITE);
        if (listing == null) {
            // Submitted by another producer of the contract (the platform's catalogue): adopt it.
            listing = decisions.adopt(submitted);
        } else if (!listing.merchantId.equals(submitted.merchantId())) {
            throw new PoisonMessageException("listing " + submitted.listingId() + " belongs to another merchant");
        }
        if (listing.reviewedAt != null) {
            return;
        }
        ReviewDecision decision = reviewer.review(submitted.title(), submitted.description());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        decisions.record(listing, decision, now);
        outbox.publish(ListingReviewed.NAME, listing.id.toString(), new ListingReviewed(listing.id,
                listing.merchantId, decision.outcome(), decision.violations(), now));
    }
}
