package dev.livecommerce.moderation.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records detected violations off the consuming path, so segments flow at the detection rate while the database work
 * goes at the violation rate. Each room has a lane: its next recording starts when its previous one has ended, so a
 * room's violations count in the order they were detected, across batches. Rooms are recorded side by side, at
 * most {@code moderation.detection.recording-rooms-concurrent-max} at once, because recording waits on the database
 * far more than it computes.
 */
@ApplicationScoped
class RecordingLanes {

    private static final CompletableFuture<List<CompletableFuture<Void>>> IDLE = CompletableFuture
            .completedFuture(List.of());

    private final RoomRecording recording;
    private final Map<String, CompletableFuture<List<CompletableFuture<Void>>>> laneEnds = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore recordingRooms;

    RecordingLanes(RoomRecording recording, DetectionConfig config, MeterRegistry meters) {
        this.recording = recording;
        this.recordingRooms = new Semaphore(config.recordingRoomsConcurrentMax());
        Gauge.builder("moderation.segments.recording.rooms", laneEnds, Map::size)
                .description("Rooms with violations queued or being recorded: how far recording trails detection")
                .register(meters);
    }

    /**
     * Queues the violations of a batch, room by room, behind what each room's lane already holds. Completes when all
     * are recorded and the dead letters of the segments given up are acknowledged; fails if any of that failed.
     */
    CompletableFuture<Void> record(List<SegmentViolations> found) {
        Map<String, List<SegmentViolations>> byRoom = new LinkedHashMap<>();
        found.forEach(s -> byRoom.computeIfAbsent(s.roomId(), r -> new ArrayList<>()).add(s));
        List<CompletableFuture<Void>> rooms = new ArrayList<>(byRoom.size());
        byRoom.forEach((roomId, segments) -> rooms.add(enqueue(roomId, segments)));
        return CompletableFuture.allOf(rooms.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> enqueue(String roomId, List<SegmentViolations> segments) {
        // A failed recording ends its own batch with the failure; the room's later batches are still recorded.
        CompletableFuture<List<CompletableFuture<Void>>> end = laneEnds.compute(roomId,
                (id, previous) -> (previous == null ? IDLE : previous).handle((ignored, failure) -> null)
                        .thenApplyAsync(ignored -> recordWhenAllowed(segments), workers));
        end.whenComplete((deadLetters, failure) -> laneEnds.remove(roomId, end));
        return end.thenCompose(deadLetters -> CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new)));
    }

    private List<CompletableFuture<Void>> recordWhenAllowed(List<SegmentViolations> segments) {
        recordingRooms.acquireUninterruptibly();
        try {
            return recording.record(segments);
        } finally {
            recordingRooms.release();
        }
    }

    @PreDestroy
    void stop() {
        workers.close();
    }
}
