package dev.livecommerce.moderation.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.violation.DetectedViolation;
import dev.livecommerce.moderation.violation.ViolationRecorder;

/** Test scope only: keeps every violation it is given (persistence and enforcement are built separately). */
@ApplicationScoped
public class CollectingRecorder implements ViolationRecorder {

    private final List<DetectedViolation> recorded = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToInject = new AtomicInteger();

    @Override
    public void record(LiveRoom room, List<DetectedViolation> violations) {
        if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("injected recording failure");
        }
        recorded.addAll(violations);
    }

    public List<DetectedViolation> ofRoom(String roomId) {
        return recorded.stream().filter(v -> v.roomId().equals(roomId)).toList();
    }

    public void failNext(int calls) {
        failuresToInject.set(calls);
    }
}
