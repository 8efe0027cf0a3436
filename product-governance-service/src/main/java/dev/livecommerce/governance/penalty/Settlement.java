package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Why a merchant's standing is settled again, and when. */
public record Settlement(Cause cause, PenaltyReview trigger, UUID appealId, OffsetDateTime at) {

    public enum Cause {
        /** An intercepted decision added points: thresholds may be crossed, a warning may be due. */
        POINTS_ADDED,
        /** Points reached their expiry. */
        POINTS_EXPIRED,
        /** An overturned appeal voided points. */
        APPEAL_OVERTURNED
    }

    public static Settlement pointsAdded(PenaltyReview trigger, OffsetDateTime at) {
        return new Settlement(Cause.POINTS_ADDED, trigger, null, at);
    }

    public static Settlement pointsExpired(OffsetDateTime at) {
        return new Settlement(Cause.POINTS_EXPIRED, null, null, at);
    }

    public static Settlement appealOverturned(UUID appealId, OffsetDateTime at) {
        return new Settlement(Cause.APPEAL_OVERTURNED, null, appealId, at);
    }

    LiftReason liftReason() {
        return cause == Cause.APPEAL_OVERTURNED ? LiftReason.APPEAL_OVERTURNED : LiftReason.POINTS_EXPIRED;
    }
}
