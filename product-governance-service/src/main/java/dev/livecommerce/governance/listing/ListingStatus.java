package dev.livecommerce.governance.listing;

/** Where a listing stands: waiting for its review, or the review's outcome. */
public enum ListingStatus {
    PENDING_REVIEW, APPROVED, INTERCEPTED, MANUAL_REVIEW
}
