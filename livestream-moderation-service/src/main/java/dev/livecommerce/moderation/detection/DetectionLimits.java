package dev.livecommerce.moderation.detection;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import dev.livecommerce.claims.ClaimType;

/**
 * The settings of stream detection; every piece of per-room state has a bound here.
 *
 * @param severities severity reported per violation type; every type must have one
 * @param speechTailCharsMax chars of the previous speech segment joined to the next one (at least the longest term)
 * @param speechGapMaxMs two speech segments further apart in the stream than this are not joined
 * @param chatMessagesMax messages kept per viewer and room for cross-message detection
 * @param chatTailCharsMax chars kept of each of those messages
 * @param chatWindowMs messages older than this (stream time) no longer combine with new ones
 * @param handleRepeatsMin messages of one viewer carrying the same handle-like token that count as steering
 * @param roomsMax rooms whose speech tail is kept; the least recently used go first
 * @param viewersMax (room, viewer) chat windows kept; the least recently used go first
 * @param idleExpiry a room or viewer context untouched this long is dropped
 */
public record DetectionLimits(Map<ClaimType, Severity> severities, int speechTailCharsMax, long speechGapMaxMs,
        int chatMessagesMax, int chatTailCharsMax, long chatWindowMs, int handleRepeatsMin, long roomsMax,
        long viewersMax, Duration idleExpiry) {

    public DetectionLimits {
        for (ClaimType type : ClaimType.values()) {
            Objects.requireNonNull(severities.get(type), () -> "no severity for " + type);
        }
        severities = new EnumMap<>(severities);
        require(speechTailCharsMax >= 1 && chatMessagesMax >= 1 && chatTailCharsMax >= 1 && handleRepeatsMin >= 2
                && roomsMax >= 1 && viewersMax >= 1 && speechGapMaxMs >= 0 && chatWindowMs >= 0,
                "detection limits must be positive (handle repeats at least 2)");
    }

    Severity severityOf(ClaimType type) {
        return severities.get(type);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
