package dev.livecommerce.moderation.room;

import java.util.Optional;

/**
 * Looks up a room on the segment hot path. Answers from memory; a room's start, end or cut is visible to every
 * instance within a few seconds.
 */
public interface RoomDirectory {

    Optional<LiveRoom> find(String roomId);
}
