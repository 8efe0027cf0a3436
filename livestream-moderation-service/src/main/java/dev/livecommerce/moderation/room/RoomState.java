package dev.livecommerce.moderation.room;

/** Where a livestream room stands: segments are checked only while it is LIVE. */
public enum RoomState {
    LIVE, ENDED, CUT
}
