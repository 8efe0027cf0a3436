package dev.livecommerce.moderation.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.room.RoomDirectory;

/** Test scope only: the rooms a test seeds, in memory (the room registry is built separately). */
@ApplicationScoped
public class TestRooms implements RoomDirectory {

    private final Map<String, LiveRoom> rooms = new ConcurrentHashMap<>();

    public void put(LiveRoom room) {
        rooms.put(room.roomId(), room);
    }

    @Override
    public Optional<LiveRoom> find(String roomId) {
        return Optional.ofNullable(rooms.get(roomId));
    }
}
