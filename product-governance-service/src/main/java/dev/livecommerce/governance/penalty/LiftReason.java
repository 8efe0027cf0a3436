package dev.livecommerce.governance.penalty;

/** Why a penalty stopped holding. */
public enum LiftReason {
    POINTS_EXPIRED, APPEAL_OVERTURNED
}
