package dev.livecommerce.moderation.room;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.moderation.ladder.LadderStep;

/** A room's live state and history: its violations, the ladder steps taken and the boosts earned. */
public record RoomView(String roomId, String merchantId, String hostId, List<String> categories, RoomState state,
        LadderStep ladderStep, int session, OffsetDateTime startedAt, OffsetDateTime endedAt, String endReason,
        int activeStrikePoints, List<ViolationEntry> violations, List<StepEntry> steps, List<BoostEntry> boosts) {

    public record ViolationEntry(UUID violationId, String segmentId, String channel, String speakerId, String ruleId,
            int ruleVersion, String type, String severity, int start, int end, String matchedText,
            long streamOffsetMs, OffsetDateTime detectedAt, boolean strikeVoided) {
    }

    public record StepEntry(UUID penaltyId, String kind, int session, OffsetDateTime imposedAt,
            OffsetDateTime liftedAt, UUID liftedBy) {
    }

    public record BoostEntry(UUID boostId, OffsetDateTime cleanSince, OffsetDateTime grantedAt) {
    }
}
