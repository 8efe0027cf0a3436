package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.appeal.AppealOutcome;
import dev.livecommerce.governance.appeal.AppealTargetType;
import dev.livecommerce.governance.penalty.PenaltyLevel;

/**
 * Data of appeal-decided (contracts/schemas/appeal-decided.schema.json): {@code overturn} is the whole compensation
 * of an OVERTURNED appeal and null for an UPHELD one.
 */
public record AppealDecided(UUID appealId, String merchantId, AppealTargetType targetType, UUID targetId,
        AppealOutcome outcome, String reviewerId, String reason, List<RuleVersion> rules, OffsetDateTime filedAt,
        OffsetDateTime decidedAt, Overturn overturn) {

    public static final String NAME = "appeal-decided";

    public record RuleVersion(String ruleId, int ruleVersion) {
    }

    public record Overturn(List<DecisionRestored> decisions, int pointsVoided, PenaltyLevel level,
            PenaltyLevel previousLevel, int activePoints, long standingVersion,
            List<MerchantPenalized.LiftedPenalty> liftedPenalties) {
    }

    public record DecisionRestored(UUID reviewId, UUID listingId, boolean listingReinstated,
            List<VoidedViolation> voidedViolations, int pointsVoided) {
    }

    public record VoidedViolation(String ruleId, int ruleVersion, int points) {
    }
}
