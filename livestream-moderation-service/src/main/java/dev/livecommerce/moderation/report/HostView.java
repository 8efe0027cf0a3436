package dev.livecommerce.moderation.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A host's record: unexpired strike points, the newest strikes, cuts, bans and appeals. */
public record HostView(String hostId, boolean banned, UUID banPenaltyId, int activeStrikePoints,
        List<StrikeEntry> strikes, List<PenaltyEntry> cuts, List<PenaltyEntry> bans, List<AppealEntry> appeals) {

    public record StrikeEntry(UUID violationId, String roomId, String ruleId, int ruleVersion, String severity,
            int points, OffsetDateTime struckAt, UUID voidedBy) {
    }

    public record PenaltyEntry(UUID penaltyId, String roomId, List<String> merchantIds, OffsetDateTime imposedAt,
            UUID banId, OffsetDateTime liftedAt, UUID liftedBy) {
    }

    public record AppealEntry(UUID appealId, UUID penaltyId, String penaltyKind, String status,
            OffsetDateTime filedAt, OffsetDateTime decidedAt) {
    }
}
