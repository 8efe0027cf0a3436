package dev.livecommerce.governance.appeal;

/** What a merchant appeals: an INTERCEPTED listing decision (by its reviewId) or a penalty (by its penaltyId). */
public enum AppealTargetType {
    LISTING_DECISION, PENALTY
}
