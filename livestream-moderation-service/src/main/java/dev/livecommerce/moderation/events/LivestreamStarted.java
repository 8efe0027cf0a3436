package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.List;

/** Data of livestream-started (contracts/schemas/livestream-started.schema.json). */
public record LivestreamStarted(String roomId, String merchantId, String hostId, List<String> categories,
        OffsetDateTime startedAt) {

    public static final String NAME = "livestream-started";
}
