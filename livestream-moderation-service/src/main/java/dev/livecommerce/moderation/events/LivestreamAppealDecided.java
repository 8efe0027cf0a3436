package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of livestream-appeal-decided. */
public record LivestreamAppealDecided(UUID appealId, UUID penaltyId, String penaltyKind, String hostId,
        String outcome, String reason, String reviewerId, OffsetDateTime decidedAt, boolean overdue) {

    public static final String NAME = "livestream-appeal-decided";
}
