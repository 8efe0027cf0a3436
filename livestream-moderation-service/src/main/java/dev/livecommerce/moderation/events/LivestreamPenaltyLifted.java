package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of livestream-penalty-lifted: what an overturn undid, and the rule versions it counts against. */
public record LivestreamPenaltyLifted(UUID appealId, String hostId, List<LiftedPenalty> liftedPenalties,
        List<UUID> voidedViolationIds, List<RuleOverturns> rules, boolean hostBanned, OffsetDateTime liftedAt) {

    public static final String NAME = "livestream-penalty-lifted";

    public record LiftedPenalty(UUID penaltyId, String kind, String roomId, String merchantId) {
    }

    public record RuleOverturns(String ruleId, int ruleVersion, int overturns) {
    }
}
