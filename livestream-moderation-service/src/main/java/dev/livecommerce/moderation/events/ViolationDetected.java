package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of violation-detected (contracts/schemas/violation-detected.schema.json). */
public record ViolationDetected(UUID violationId, String roomId, String merchantId, String hostId, String segmentId,
        String channel, String speakerId, String ruleId, int ruleVersion, String type, String severity, int start,
        int end, String matchedText, long streamOffsetMs, OffsetDateTime detectedAt) {

    public static final String NAME = "violation-detected";
}
