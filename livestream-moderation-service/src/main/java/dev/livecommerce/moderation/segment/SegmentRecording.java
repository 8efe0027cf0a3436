package dev.livecommerce.moderation.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.violation.DetectedViolation;
import dev.livecommerce.moderation.violation.ViolationRecorder;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Records the violations of a run of segments of one partition, in their order, in one transaction: one commit and
 * one Hibernate session for many rooms, which is what bounds recording under load. If that fails, the segments are
 * recorded one by one, each retried a bounded number of times and then dead-lettered, so one segment that cannot be
 * recorded holds back no other. The rooms of a partition belong to it alone, so two such transactions never wait
 * for the same room.
 */
@ApplicationScoped
class SegmentRecording {

    private static final Logger LOG = Logger.getLogger(SegmentRecording.class);

    private final ViolationRecorder recorder;
    private final SegmentDeadLetters deadLetters;
    private final SegmentMeters meters;
    private final DetectionConfig config;

    SegmentRecording(ViolationRecorder recorder, SegmentDeadLetters deadLetters, SegmentMeters meters,
            DetectionConfig config) {
        this.recorder = recorder;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.config = config;
    }

    /** Records them; returns the dead letters of the segments given up, in flight. */
    List<CompletableFuture<Void>> record(List<SegmentViolations> segments) {
        try {
            meters.recording().record(() -> QuarkusTransaction.requiringNew()
                    .run(() -> segments.forEach(s -> recorder.record(s.room(), s.violations()))));
            segments.forEach(s -> meters.checked(true));
            return List.of();
        } catch (RuntimeException e) {
            LOG.warnf("Recording the violations of %d segment(s) together failed, recording them one by one: %s",
                    segments.size(), e.toString());
            List<CompletableFuture<Void>> givenUp = new ArrayList<>();
            for (SegmentViolations segment : segments) {
                try {
                    recordWithRetries(segment.room(), segment.violations());
                    meters.checked(true);
                } catch (RecordingFailedException failed) {
                    givenUp.add(deadLetters.send(segment.record(), Rejection.RECORDING_FAILED, failed.getMessage(),
                            failed.getCause()));
                }
            }
            return givenUp;
        }
    }

    /** Transient trouble (database, lock) is retried a bounded number of times before the segment is given up. */
    private void recordWithRetries(LiveRoom room, List<DetectedViolation> violations) {
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
