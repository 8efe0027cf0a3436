package dev.livecommerce.moderation.violation;

import java.time.Instant;
import java.util.UUID;

import dev.livecommerce.claims.ClaimType;

/**
 * One rule that fired on one segment. The id is derived from the segment, the rule and the span, so a redelivered
 * segment yields the same id and is recorded once.
 */
public record DetectedViolation(UUID violationId, String roomId, String segmentId, Channel channel, String speakerId,
        String ruleId, int ruleVersion, ClaimType type, String severity, int start, int end, String matchedText,
        long streamOffsetMs, Instant detectedAt) {
}
