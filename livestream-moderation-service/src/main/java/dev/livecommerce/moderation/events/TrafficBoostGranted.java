package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of traffic-boost-granted. */
public record TrafficBoostGranted(UUID boostId, String roomId, String merchantId, String hostId,
        OffsetDateTime cleanSince, int cleanWindowMinutes, OffsetDateTime grantedAt) {

    public static final String NAME = "traffic-boost-granted";
}
