package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.penalty.PenaltyLevel;

/**
 * Data of merchant-penalized (contracts/schemas/merchant-penalized.schema.json): enforcedPenalties and violations
 * when RAISED, liftedPenalties when LOWERED, the others null (left out of the event).
 */
public record MerchantPenalized(String merchantId, Change change, Reason reason, PenaltyLevel level,
        PenaltyLevel previousLevel, int activePoints, long standingVersion, OffsetDateTime effectiveAt,
        List<EnforcedPenalty> enforcedPenalties, List<ViolationBehind> violations,
        List<LiftedPenalty> liftedPenalties) {

    public static final String NAME = "merchant-penalized";

    public enum Change {
        RAISED, LOWERED
    }

    public enum Reason {
        THRESHOLD_CROSSED, POINTS_EXPIRED
    }

    public record EnforcedPenalty(UUID penaltyId, PenaltyLevel level, int thresholdPoints) {
    }

    public record ViolationBehind(UUID reviewId, UUID listingId, String ruleId, int ruleVersion, int points,
            OffsetDateTime violatedAt, OffsetDateTime expiresAt) {
    }

    public record LiftedPenalty(UUID penaltyId, PenaltyLevel level) {
    }
}
