package dev.livecommerce.moderation.segment;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.violation.DetectedViolation;

/** The violations detected in one segment, with its record (for a dead letter) and its room, still to be recorded. */
record SegmentViolations(ConsumerRecord<String, byte[]> record, LiveRoom room, List<DetectedViolation> violations) {

    String roomId() {
        return room.roomId();
    }
}
