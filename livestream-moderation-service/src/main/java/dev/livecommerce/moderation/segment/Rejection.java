package dev.livecommerce.moderation.segment;

/** Why a segment went to the dead-letter topic; the name leads the dead-letter-reason header. */
public enum Rejection {
    /** Not JSON, or not a CloudEvent. */
    MALFORMED,
    /** Breaks the livestream-segment-posted schema. */
    SCHEMA_INVALID,
    /** Text over {@link dev.livecommerce.moderation.detection.Segment#TEXT_CHARS_MAX} chars. */
    OVERSIZED,
    /** No such room in the room directory. */
    UNKNOWN_ROOM,
    /** The room is known but no longer LIVE (ended or cut). */
    ROOM_NOT_LIVE,
    /** The violations could not be recorded within the retries. */
    RECORDING_FAILED,
    /** Checking failed for a reason no retry would change (a defect): kept for diagnosis and replay. */
    CHECK_FAILED
}
