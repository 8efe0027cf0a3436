package dev.livecommerce.moderation.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import dev.livecommerce.moderation.detection.Segment;
import dev.livecommerce.moderation.detection.StreamDetector;
import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.room.RoomDirectory;
import dev.livecommerce.moderation.violation.DetectedViolation;

/**
 * Checks the records of one partition in order, with no database work: a clean segment is counted and done, a
 * segment with violations is handed back for recording, and a segment that cannot be checked is dead-lettered while
 * the next one goes on.
 */
@ApplicationScoped
public class SegmentChecker {

    private static final Logger LOG = Logger.getLogger(SegmentChecker.class);

    private final SegmentDecoder decoder;
    private final RoomDirectory rooms;
    private final StreamDetector detector;
    private final SegmentDeadLetters deadLetters;
    private final SegmentMeters meters;

    SegmentChecker(SegmentDecoder decoder, RoomDirectory rooms, StreamDetector detector,
            SegmentDeadLetters deadLetters, SegmentMeters meters) {
        this.decoder = decoder;
        this.rooms = rooms;
        this.detector = detector;
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    /** What checking a partition's records left to wait for: violations to record, dead letters in flight. */
    record Checked(TopicPartition partition, List<SegmentViolations> found,
            List<CompletableFuture<Void>> deadLetters) {
    }

    Checked check(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records) {
        List<SegmentViolations> found = new ArrayList<>();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                SegmentViolations violations = detect(record);
                if (violations != null) {
                    found.add(violations);
                }
            } catch (RejectedSegmentException e) {
                sent.add(deadLetters.send(record, e.rejection(), e.getMessage(), null));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Checking %s-%d@%d failed", record.topic(), record.partition(), record.offset());
                sent.add(deadLetters.send(record, Rejection.CHECK_FAILED, Rejection.CHECK_FAILED + ": " + e, e));
            }
        }
        return new Checked(partition, found, sent);
    }

    /** The violations of a segment to record; null when it is clean (and counted). */
    private SegmentViolations detect(ConsumerRecord<String, byte[]> record) {
        Segment segment = decoder.decode(record.value());
        LiveRoom room = rooms.find(segment.roomId()).orElseThrow(() -> new RejectedSegmentException(
                Rejection.UNKNOWN_ROOM, "room " + segment.roomId() + " is not known"));
        if (!room.isLive()) {
            throw new RejectedSegmentException(Rejection.ROOM_NOT_LIVE,
                    "room " + segment.roomId() + " is " + room.state());
        }
        List<DetectedViolation> violations = detector.detect(room, segment);
        if (violations.isEmpty()) {
            meters.checked(false);
            return null;
        }
        return new SegmentViolations(record, room, violations);
    }
}
