package dev.livecommerce.moderation.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import dev.livecommerce.moderation.detection.Segment;
import dev.livecommerce.moderation.detection.StreamDetector;
import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.room.RoomDirectory;
import dev.livecommerce.moderation.violation.DetectedViolation;
import dev.livecommerce.moderation.violation.ViolationRecorder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Checks the records of one partition in order. A clean segment costs no database work at all; a segment with
 * violations is handed to the recorder, which stores them by their deterministic ids, so a redelivered segment has
 * no second effect and no inbox row is needed. A segment that cannot be checked is dead-lettered and the next one
 * goes on.
 */
@ApplicationScoped
public class SegmentChecker {

    private static final Logger LOG = Logger.getLogger(SegmentChecker.class);

    private final SegmentDecoder decoder;
    private final RoomDirectory rooms;
    private final StreamDetector detector;
    private final ViolationRecorder recorder;
    private final SegmentDeadLetters deadLetters;
    private final DetectionConfig config;
    private final Counter checked;
    private final Counter withViolations;
    private final Timer recording;
    private final ExecutorService roomRecorders = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore recordingRooms;

    SegmentChecker(SegmentDecoder decoder, RoomDirectory rooms, StreamDetector detector, ViolationRecorder recorder,
            SegmentDeadLetters deadLetters, DetectionConfig config, MeterRegistry meters) {
        this.decoder = decoder;
        this.rooms = rooms;
        this.detector = detector;
        this.recorder = recorder;
        this.deadLetters = deadLetters;
        this.config = config;
        this.checked = meters.counter("moderation.segments.checked");
        this.withViolations = meters.counter("moderation.segments.with.violations");
        this.recording = Timer.builder("moderation.segments.recording")
                .description("Time to record one room's violations of a batch in one transaction")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.recordingRooms = new Semaphore(config.recordingRoomsConcurrentMax());
    }

    /**
     * Detects in order, then records each room's violations of the batch in one transaction, rooms side by side (a
     * room's own segments stay in order; rooms do not depend on each other). If a room's transaction fails, its
     * segments are recorded one by one, so one segment that cannot be recorded holds back no other.
     */
    void checkAll(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<Found>> byRoom = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Found violations = detect(record);
            if (violations != null) {
                byRoom.computeIfAbsent(violations.room().roomId(), r -> new ArrayList<>()).add(violations);
            }
        }
        if (byRoom.size() == 1) {
            byRoom.values().forEach(this::recordRoom);
            return;
        }
        List<Future<?>> running = new ArrayList<>(byRoom.size());
        for (List<Found> room : byRoom.values()) {
            running.add(roomRecorders.submit(() -> recordRoomWhenAllowed(room)));
        }
        for (Future<?> room : running) {
            try {
                room.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("recording a room's violations failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while recording", e);
            }
        }
    }

    private void recordRoomWhenAllowed(List<Found> room) {
        recordingRooms.acquireUninterruptibly();
        try {
            recordRoom(room);
        } finally {
            recordingRooms.release();
        }
    }

    private void recordRoom(List<Found> room) {
        try {
            recording.record(() -> QuarkusTransaction.requiringNew()
                    .run(() -> room.forEach(f -> recorder.record(f.room(), f.violations()))));
            room.forEach(f -> counted(true));
        } catch (RuntimeException e) {
            LOG.warnf("Recording the violations of %d segment(s) of room %s together failed, recording them one by"
                    + " one: %s", room.size(), room.get(0).room().roomId(), e.toString());
            room.forEach(this::recordAlone);
        }
    }

    private record Found(ConsumerRecord<String, byte[]> record, LiveRoom room, List<DetectedViolation> violations) {
    }

    /** The violations of a segment to record; null when it is clean (counted) or was dead-lettered. */
    private Found detect(ConsumerRecord<String, byte[]> record) {
        try {
            Segment segment = decoder.decode(record.value());
            LiveRoom room = rooms.find(segment.roomId()).orElseThrow(() -> new RejectedSegmentException(
                    Rejection.UNKNOWN_ROOM, "room " + segment.roomId() + " is not known"));
            if (!room.isLive()) {
                throw new RejectedSegmentException(Rejection.ROOM_NOT_LIVE,
                        "room " + segment.roomId() + " is " + room.state());
            }
            List<DetectedViolation> violations = detector.detect(room, segment);
            if (violations.isEmpty()) {
                counted(false);
                return null;
            }
            return new Found(record, room, violations);
        } catch (RejectedSegmentException e) {
            deadLetters.send(record, e.rejection(), e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Checking %s-%d@%d failed", record.topic(), record.partition(), record.offset());
            deadLetters.send(record, Rejection.CHECK_FAILED, Rejection.CHECK_FAILED + ": " + e, e);
        }
        return null;
    }

    private void recordAlone(Found found) {
        try {
            record(found.room(), found.violations());
            counted(true);
        } catch (RecordingFailedException e) {
            deadLetters.send(found.record(), Rejection.RECORDING_FAILED, e.getMessage(), e.getCause());
        }
    }

    private void counted(boolean withViolation) {
        checked.increment();
        if (withViolation) {
            withViolations.increment();
        }
    }

    /** Transient trouble (database, lock) is retried a bounded number of times before the segment is given up. */
    private void record(LiveRoom room, List<DetectedViolation> violations) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= config.recordAttemptsMax(); attempt++) {
            try {
                recorder.record(room, violations);
                return;
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("Recording %d violation(s) of room %s failed (attempt %d of %d): %s", violations.size(),
                        room.roomId(), attempt, config.recordAttemptsMax(), e.toString());
                pause(config.recordRetryDelayMs() * attempt);
            }
        }
        throw new RecordingFailedException(last);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    @PreDestroy
    void stop() {
        roomRecorders.close();
    }

    static final class RecordingFailedException extends RuntimeException {

        RecordingFailedException(RuntimeException cause) {
            super(Rejection.RECORDING_FAILED + ": " + cause, cause);
        }
    }
}
