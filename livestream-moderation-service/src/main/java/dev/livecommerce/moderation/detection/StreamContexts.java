package dev.livecommerce.moderation.detection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The detection context of the rooms in memory: one speech tail per room, one chat window per (room, viewer),
 * bounded in count (least recently used go first) and dropped after an idle period. It is a detection aid, not
 * enforcement state: losing it (restart, partition moved to another instance, eviction) only means that a phrase
 * split exactly at that point, or a contact spread over messages from before it, is not found.
 */
final class StreamContexts {

    private final Cache<String, SpeechTail> speech;
    private final Cache<String, ChatWindow> chat;

    StreamContexts(DetectionLimits limits) {
        this.speech = Caffeine.newBuilder().maximumSize(limits.roomsMax()).expireAfterAccess(limits.idleExpiry())
                .build();
        this.chat = Caffeine.newBuilder().maximumSize(limits.viewersMax()).expireAfterAccess(limits.idleExpiry())
                .build();
    }

    SpeechTail speechTail(String roomId) {
        return speech.get(roomId, id -> new SpeechTail());
    }

    ChatWindow chatWindow(String roomId, String viewerId) {
        return chat.get(roomId + '\u0000' + viewerId, key -> new ChatWindow());
    }
}
