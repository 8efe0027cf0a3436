package dev.livecommerce.governance.listing;

/**
 * Where a listing stands: waiting for its review, the review's outcome, or taken down after an upheld complaint
 * (see ListingTakedowns).
 */
public enum ListingStatus {
    PENDING_REVIEW, APPROVED, INTERCEPTED, MANUAL_REVIEW, TAKEN_DOWN
}
