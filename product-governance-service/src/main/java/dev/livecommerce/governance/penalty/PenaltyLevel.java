package dev.livecommerce.governance.penalty;

/**
 * The rungs of the penalty ladder, mildest first. A merchant stands on the highest rung whose threshold its active
 * points reach; the measures of every rung up to it are in force.
 */
public enum PenaltyLevel {
    /** Below the first threshold: no penalty (warnings only). */
    GOOD_STANDING,
    /** The platform limits how many new listings the merchant may publish. */
    LISTING_RESTRICTED,
    /** The merchant's listings and livestreams lose recommendation traffic. */
    TRAFFIC_LIMITED,
    /** The shop is suspended: new listings are refused. */
    SUSPENDED,
    /** The shop is closed. */
    TERMINATED;

    public boolean forbidsListing() {
        return compareTo(SUSPENDED) >= 0;
    }
}
