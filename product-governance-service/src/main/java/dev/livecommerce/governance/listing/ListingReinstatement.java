package dev.livecommerce.governance.listing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.review.DecidedBy;
import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.governance.review.ReviewDecision;

/**
 * Reinstates a listing whose interception was overturned on appeal: INTERCEPTED back to APPROVED, only while the
 * overturned decision is still the one in force (an edit since has a decision of its own). The reinstatement is a
 * decision of its own, by the reviewer who decided the appeal, so the listing shows the decision it stands on.
 * Callers own the transaction.
 */
@ApplicationScoped
public class ListingReinstatement {

    private static final int NOTE_CHARS_MAX = 2000;

    private final ListingDecisions decisions;

    ListingReinstatement(ListingDecisions decisions) {
        this.decisions = decisions;
    }

    /** Returns whether the listing was reinstated now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reinstate(UUID listingId, UUID overturnedReviewId, UUID appealId, String reviewerId,
            String reason, OffsetDateTime at) {
        Listing listing = Listing.findById(listingId, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null || listing.status != ListingStatus.INTERCEPTED || listing.currentReview == null
                || !listing.currentReview.id.equals(overturnedReviewId)) {
            return false;
        }
        String note = "Appeal " + appealId + " overturned decision " + overturnedReviewId + ": " + reason;
        decisions.record(listing, new ReviewDecision(Outcome.APPROVED, List.of()), DecidedBy.REVIEWER, reviewerId,
                note.length() <= NOTE_CHARS_MAX ? note : note.substring(0, NOTE_CHARS_MAX), at);
        return true;
    }
}
