package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A merchant's standing as the merchant, reviewers and operators see it: its level and active points as last
 * settled, the next threshold, the penalties in force, and its history (newest first, each list bounded).
 */
public record StandingView(String merchantId, PenaltyLevel level, int activePoints, long standingVersion,
        boolean mayList, NextThreshold nextThreshold, List<Penalty> activePenalties, List<Penalty> penalties,
        List<Violation> violations, List<Warning> warnings) {

    /** The threshold above the merchant's level; null at the top of the ladder. */
    public record NextThreshold(PenaltyLevel level, int points, int pointsToGo, boolean warned) {
    }

    public record Penalty(UUID penaltyId, PenaltyLevel level, int thresholdPoints, int activePoints,
            UUID triggeredByReviewId, OffsetDateTime effectiveAt, OffsetDateTime liftedAt, LiftReason liftReason,
            UUID liftedByAppealId) {

        static Penalty of(MerchantPenalty p) {
            return new Penalty(p.id, p.level, p.thresholdPoints, p.activePoints, p.triggeredByReviewId,
                    p.effectiveAt, p.liftedAt, p.liftReason, p.liftedByAppealId);
        }
    }

    public record Violation(UUID reviewId, UUID listingId, String ruleId, int ruleVersion, int points,
            OffsetDateTime violatedAt, OffsetDateTime expiresAt, PointsStatus status, UUID voidedByAppealId) {

        static Violation of(ViolationPoints v, OffsetDateTime at) {
            return new Violation(v.reviewId, v.listingId, v.ruleId, v.ruleVersion, v.points, v.violatedAt,
                    v.expiresAt, v.statusAt(at), v.voidedByAppealId);
        }
    }

    public record Warning(UUID warningId, PenaltyLevel thresholdLevel, int thresholdPoints, int activePoints,
            UUID reviewId, OffsetDateTime warnedAt) {

        static Warning of(MerchantWarning w) {
            return new Warning(w.id, w.thresholdLevel, w.thresholdPoints, w.activePoints, w.reviewId, w.warnedAt);
        }
    }
}
