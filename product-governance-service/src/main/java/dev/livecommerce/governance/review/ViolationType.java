package dev.livecommerce.governance.review;

/** The contract's violation types (listing-reviewed, violation-detected). */
public enum ViolationType {
    ABSOLUTE_TERM, EFFICACY_CLAIM, OFF_PLATFORM_CONTACT, FALSE_PRICE, PROHIBITED_GOODS, MISSING_QUALIFICATION, PRICE_ANOMALY, STOLEN_IMAGE, MERCHANT_RISK
}
