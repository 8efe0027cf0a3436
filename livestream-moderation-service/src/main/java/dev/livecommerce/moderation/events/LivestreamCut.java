package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of livestream-cut. */
public record LivestreamCut(UUID penaltyId, String roomId, String merchantId, String hostId, int roomStrikePoints,
        int hostStrikePoints, int hostCutsInWindow, List<StrikeRef> violations, OffsetDateTime cutAt) {

    public static final String NAME = "livestream-cut";
}
