package dev.livecommerce.moderation.segment;

import java.util.List;

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
    }

    void checkAll(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            check(record);
        }
    }

    void check(ConsumerRecord<String, byte[]> record) {
        try {
            Segment segment = decoder.decode(record.value());
            LiveRoom room = rooms.find(segment.roomId()).orElseThrow(() -> new RejectedSegmentException(
                    Rejection.UNKNOWN_ROOM, "room " + segment.roomId() + " is not known"));
            if (!room.isLive()) {
                throw new RejectedSegmentException(Rejection.ROOM_NOT_LIVE,
                        "room " + segment.roomId() + " is " + room.state());
            }
            List<DetectedViolation> violations = detector.detect(room, segment);
            if (!violations.isEmpty()) {
                record(room, violations);
                withViolations.increment();
            }
            checked.increment();
        } catch (RejectedSegmentException e) {
            deadLetters.send(record, e.rejection(), e.getMessage(), null);
        } catch (RecordingFailedException e) {
            deadLetters.send(record, Rejection.RECORDING_FAILED, e.getMessage(), e.getCause());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Checking %s-%d@%d failed", record.topic(), record.partition(), record.offset());
            deadLetters.send(record, Rejection.CHECK_FAILED, Rejection.CHECK_FAILED + ": " + e, e);
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

    static final class RecordingFailedException extends RuntimeException {

        RecordingFailedException(RuntimeException cause) {
            super(Rejection.RECORDING_FAILED + ": " + cause, cause);
        }
    }
}
