package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of livestream-warning-issued. */
public record LivestreamWarningIssued(UUID warningId, String roomId, String merchantId, String hostId, String message,
        int roomStrikePoints, int hostStrikePoints, List<StrikeRef> violations, OffsetDateTime issuedAt) {

    public static final String NAME = "livestream-warning-issued";
}
