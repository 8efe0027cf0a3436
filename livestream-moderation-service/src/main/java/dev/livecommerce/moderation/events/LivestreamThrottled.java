package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of livestream-throttled. */
public record LivestreamThrottled(UUID penaltyId, String roomId, String merchantId, String hostId, int trafficPercent,
        int roomStrikePoints, int hostStrikePoints, List<StrikeRef> violations, OffsetDateTime throttledAt) {

    public static final String NAME = "livestream-throttled";
}
