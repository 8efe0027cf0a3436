package dev.livecommerce.moderation.room;

import java.time.Instant;
import java.util.Set;

/**
 * A livestream session as the segment checker sees it: who is responsible for what is said in it and which product
 * categories are on sale (efficacy rules apply to food and cosmetics rooms).
 */
public record LiveRoom(String roomId, String merchantId, String hostId, Set<String> categories, RoomState state,
        Instant startedAt) {

    public LiveRoom {
        categories = Set.copyOf(categories);
    }

    public boolean isLive() {
        return state == RoomState.LIVE;
    }
}
