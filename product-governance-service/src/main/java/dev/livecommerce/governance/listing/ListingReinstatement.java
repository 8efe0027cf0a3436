package dev.livecommerce.governance.listing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Reinstates a listing whose interception was overturned on appeal: INTERCEPTED back to APPROVED, only while the
 * overturned decision is still the one in force (an edit since has a decision of its own). Callers own the
 * transaction.
 */
@ApplicationScoped
public class ListingReinstatement {

    /** Returns whether the listing was reinstated now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reinstate(UUID listingId, UUID overturnedReviewId) {
        Listing listing = Listing.findById(listingId, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null || listing.status != ListingStatus.INTERCEPTED || listing.currentReview == null
                || !listing.currentReview.id.equals(overturnedReviewId)) {
            return false;
        }
        listing.status = ListingStatus.APPROVED;
        return true;
    }
}
