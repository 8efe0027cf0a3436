package dev.livecommerce.moderation.violation;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.moderation.enforcement.LadderEnforcer;
import dev.livecommerce.moderation.events.ViolationDetected;
import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.room.Room;

/**
 * One transaction per call, under the room's row lock: Kafka gives one instance the room's partition, and the lock
 * makes the database the arbiter when a rebalance hands it over mid-batch. Each violation is stored once (by id), so
 * a redelivered batch finds every violation known and has no second effect: no event, no strike, no step.
 */
@ApplicationScoped
public class TransactionalViolationRecorder implements ViolationRecorder {

    static final int VIOLATIONS_PER_CALL_MAX = 10_000;

    private final ViolationStore store;
    private final Outbox outbox;
    private final LadderEnforcer ladder;
    private final ChatEnforcer chat;

    TransactionalViolationRecorder(ViolationStore store, Outbox outbox, LadderEnforcer ladder, ChatEnforcer chat) {
        this.store = store;
        this.outbox = outbox;
        this.ladder = ladder;
        this.chat = chat;
    }

    @Override
    @Transactional
    public void record(LiveRoom live, List<DetectedViolation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        if (violations.size() > VIOLATIONS_PER_CALL_MAX) {
            throw new IllegalArgumentException("at most " + VIOLATIONS_PER_CALL_MAX + " violations per call, got "
                    + violations.size());
        }
        violations.stream().filter(v -> !v.roomId().equals(live.roomId())).findFirst().ifPresent(v -> {
            throw new IllegalArgumentException("violation " + v.violationId() + " is of room " + v.roomId()
                    + ", not " + live.roomId());
        });
        Room room = Room.lock(live.roomId())
                .orElseThrow(() -> new IllegalStateException("unknown room " + live.roomId()));
        List<DetectedViolation> fresh = violations.stream()
                .sorted(Comparator.comparingLong(DetectedViolation::streamOffsetMs))
                .filter(store::insertIfAbsent).toList();
        fresh.forEach(v -> outbox.publish(ViolationDetected.NAME, room.roomId, detected(room, v)));
        for (List<DetectedViolation> segment : bySegment(fresh, Channel.SPEECH).values()) {
            ladder.strike(room, segment);
        }
        for (List<DetectedViolation> message : bySegment(fresh, Channel.CHAT).values()) {
            chat.hide(room, message);
        }
    }

    /** The violations of one channel per segment, in stream order. */
    private static Map<String, List<DetectedViolation>> bySegment(List<DetectedViolation> violations,
            Channel channel) {
        Map<String, List<DetectedViolation>> segments = new LinkedHashMap<>();
        violations.stream().filter(v -> v.channel() == channel)
                .forEach(v -> segments.computeIfAbsent(v.segmentId(), s -> new ArrayList<>()).add(v));
        return segments;
    }

    private static ViolationDetected detected(Room room, DetectedViolation v) {
        return new ViolationDetected(v.violationId(), room.roomId, room.merchantId, room.hostId, v.segmentId(),
                v.channel().name(), v.speakerId(), v.ruleId(), v.ruleVersion(), v.type().name(), v.severity(),
                v.start(), v.end(), v.matchedText(), v.streamOffsetMs(), v.detectedAt().atOffset(ZoneOffset.UTC));
    }
}
