package dev.livecommerce.moderation.detection;

import java.time.OffsetDateTime;

import dev.livecommerce.moderation.violation.Channel;

/**
 * A speech-transcript segment or a chat message of a room: the data of livestream-segment-posted
 * (contracts/schemas/livestream-segment-posted.schema.json). {@code durationMs} is null for CHAT.
 */
public record Segment(String segmentId, String roomId, Channel channel, String speakerId, String text,
        long streamOffsetMs, Long durationMs, OffsetDateTime postedAt) {

    public static final String NAME = "livestream-segment-posted";
    public static final int TEXT_CHARS_MAX = 2000;
}
