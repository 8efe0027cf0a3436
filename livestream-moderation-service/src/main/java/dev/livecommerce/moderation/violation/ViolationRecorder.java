package dev.livecommerce.moderation.violation;

import java.util.List;

import dev.livecommerce.moderation.room.LiveRoom;

/**
 * Takes the violations found in a room's segments and makes them count, in one transaction per call: each is stored
 * once (by its id), published as violation-detected, and enforced (the host's ladder for SPEECH; hiding the message
 * and muting the viewer for CHAT).
 */
public interface ViolationRecorder {

    void record(LiveRoom room, List<DetectedViolation> violations);
}
