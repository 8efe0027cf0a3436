package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;

/** Data of livestream-ended (contracts/schemas/livestream-ended.schema.json). */
public record LivestreamEnded(String roomId, String merchantId, String hostId, OffsetDateTime endedAt,
        String reason) {

    public static final String NAME = "livestream-ended";
}
