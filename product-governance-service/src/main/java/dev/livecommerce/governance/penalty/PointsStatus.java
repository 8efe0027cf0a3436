package dev.livecommerce.governance.penalty;

/** Whether a violation's points count: until they expire, unless an overturned appeal voided them first. */
public enum PointsStatus {
    ACTIVE, EXPIRED, VOIDED
}
