package dev.livecommerce.governance.review;

/** A review's verdict, as published in listing-reviewed. */
public enum Outcome {
    APPROVED, INTERCEPTED, MANUAL_REVIEW
}
