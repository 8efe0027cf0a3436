package dev.livecommerce.moderation.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.livecommerce.kit.events.EventContract;
import dev.livecommerce.kit.testing.TopicRecords;
import dev.livecommerce.moderation.detection.Segment;
import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.room.RoomState;
import dev.livecommerce.moderation.testing.CollectingRecorder;
import dev.livecommerce.moderation.testing.TestRooms;
import dev.livecommerce.moderation.violation.DetectedViolation;
import io.quarkus.test.junit.QuarkusTest;

/** The segment consumer on the real test broker: detection, dead letters, redelivery. */
@QuarkusTest
class SegmentListenerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "livestream-moderation-service.dead-letter";

    @Inject
    TestRooms rooms;
    @Inject
    CollectingRecorder recorder;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private LiveRoom room(RoomState state, String... categories) {
        LiveRoom room = new LiveRoom("room-" + UUID.randomUUID(), "m-1001", "host-1", Set.of(categories), state,
                Instant.now());
        rooms.put(room);
        return room;
    }

    private byte[] segment(String segmentId, String roomId, String text, long offsetMs) {
        ObjectNode data = mapper.createObjectNode().put("segmentId", segmentId).put("roomId", roomId)
                .put("channel", "SPEECH").put("speakerId", "host-1").put("text", text)
                .put("streamOffsetMs", offsetMs).put("durationMs", 2000).put("postedAt", Instant.now().toString());
        ObjectNode event = mapper.createObjectNode().put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString()).put("source", SegmentDecoder.SOURCE)
                .put("type", EventContract.type(Segment.NAME)).put("subject", roomId)
                .put("time", Instant.now().toString()).put("datacontenttype", "application/json")
                .put("dataschema", EventContract.dataSchema(Segment.NAME).toString());
        event.set("data", data);
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void send(String roomId, byte[] value) {
        new TopicRecords(bootstrapServers).send(Segment.NAME, roomId, value, Map.of());
    }

    @Test
    void aPhraseSplitAcrossTwoSegmentsIsDetectedAndRecorded() {
        LiveRoom room = room(RoomState.LIVE, "APPAREL");
        send(room.roomId(), segment("s-1", room.roomId(), "家人们今天这个价格是全网最", 0));
        send(room.roomId(), segment("s-2", room.roomId(), "低价了，赶紧下单", 2000));
        await().atMost(WAIT).until(() -> !recorder.ofRoom(room.roomId()).isEmpty());
        assertThat(recorder.ofRoom(room.roomId())).singleElement().satisfies(v -> {
            assertThat(v.segmentId()).isEqualTo("s-2");
            assertThat(v.ruleId()).isEqualTo("false-price");
            assertThat(v.matchedText()).isEqualTo("低价");
            assertThat(v.severity()).isEqualTo("HIGH");
        });
    }

    @Test
    void poisonAndUnknownRoomSegmentsAreDeadLetteredWithTheirReasonAndTheNextSegmentIsChecked() {
        LiveRoom room = room(RoomState.LIVE, "COSMETICS");
        LiveRoom ended = room(RoomState.ENDED, "COSMETICS");
        String unknownRoom = "room-unknown-" + UUID.randomUUID();
        send(room.roomId(), "{not json".getBytes(StandardCharsets.UTF_8));
        send(room.roomId(), segment("s-bad-room", unknownRoom, "你好", 0));
        send(room.roomId(), segment("s-ended", ended.roomId(), "全网第一", 0));
        send(room.roomId(), segment("s-long", room.roomId(), "好".repeat(Segment.TEXT_CHARS_MAX + 1), 0));
        send(room.roomId(), segment("s-ok", room.roomId(), "这款面霜全网第一", 1000));
        await().atMost(WAIT).until(() -> !recorder.ofRoom(room.roomId()).isEmpty());
        assertThat(recorder.ofRoom(room.roomId())).extracting(DetectedViolation::segmentId).containsOnly("s-ok");
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> reasons = new TopicRecords(bootstrapServers).readAll(DEAD_LETTERS).stream()
                    .filter(r -> room.roomId().equals(r.key()))
                    .map(r -> r.headers().get("dead-letter-reason")).toList();
            assertThat(reasons).anyMatch(r -> r.startsWith("MALFORMED: value is not JSON"))
                    .anyMatch(r -> r.startsWith("UNKNOWN_ROOM: room " + unknownRoom))
                    .anyMatch(r -> r.startsWith("ROOM_NOT_LIVE: room " + ended.roomId() + " is ENDED"))
                    .anyMatch(r -> r.startsWith("OVERSIZED: data.text has 2001 chars"));
        });
        TopicRecords.Received malformed = new TopicRecords(bootstrapServers).readAll(DEAD_LETTERS).stream()
                .filter(r -> room.roomId().equals(r.key()) && r.valueText().equals("{not json")).findFirst()
                .orElseThrow();
        assertThat(malformed.headers()).containsEntry("dead-letter-topic", Segment.NAME)
                .containsKeys("dead-letter-partition", "dead-letter-offset");
    }

    @Test
    void aRedeliveredSegmentGivesTheSameViolationIds() {
        LiveRoom room = room(RoomState.LIVE, "FOOD", "COSMETICS");
        byte[] segment = segment("s-1", room.roomId(), "这款面霜能祛斑，加我微信", 0);
        send(room.roomId(), segment);
        await().atMost(WAIT).until(() -> recorder.ofRoom(room.roomId()).size() == 2);
        send(room.roomId(), segment);
        await().atMost(WAIT).until(() -> recorder.ofRoom(room.roomId()).size() == 4);
        List<DetectedViolation> recorded = recorder.ofRoom(room.roomId());
        assertThat(recorded.subList(2, 4)).extracting(DetectedViolation::violationId)
                .containsExactlyElementsOf(recorded.subList(0, 2).stream().map(DetectedViolation::violationId)
                        .toList());
    }

    @Test
    void aTransientRecordingFailureIsRetried() {
        LiveRoom room = room(RoomState.LIVE, "APPAREL");
        recorder.failNext(2);
        send(room.roomId(), segment("s-1", room.roomId(), "全网最低价", 0));
        await().atMost(WAIT).until(() -> recorder.ofRoom(room.roomId()).size() == 1);
    }
}
