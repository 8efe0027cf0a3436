package dev.livecommerce.moderation.segment;

import static dev.livecommerce.moderation.Moderation.outboxCount;
import static dev.livecommerce.moderation.Moderation.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.livecommerce.kit.events.EventContract;
import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.TopicRecords;
import dev.livecommerce.moderation.detection.Segment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The segment consumer on the real test broker and database, with the real room registry and violation recorder:
 * detection, violation-detected on the wire, dead letters, redelivery, a failing database.
 */
@QuarkusTest
class SegmentListenerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "livestream-moderation-service.dead-letter";

    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String room(String... categories) {
        String roomId = unique("room");
        given().contentType("application/json")
                .body(Map.of("roomId", roomId, "merchantId", "m-1001", "hostId", unique("host"), "categories",
                        List.of(categories)))
                .post("/rooms").then().statusCode(201);
        return roomId;
    }

    private String endedRoom() {
        String roomId = room("COSMETICS");
        given().contentType("application/json").body(Map.of()).post("/rooms/" + roomId + "/end").then()
                .statusCode(200);
        return roomId;
    }

    /** Violations the recorder stored for a room, in the order of their segments. */
    private List<Object[]> violations(String roomId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(violation_id as text), segment_id, rule_id, matched_text, severity from room_violation"
                        + " where room_id = ?1 order by segment_id, violation_id",
                Object[].class).setParameter(1, roomId).getResultList());
    }

    private List<Object> column(List<Object[]> rows, int index) {
        return rows.stream().map(r -> r[index]).toList();
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
    void aPhraseSplitAcrossTwoSegmentsIsDetectedRecordedAndPublishedByContract() {
        String room = room("APPAREL");
        send(room, segment("s-1", room, "家人们今天这个价格是全网最", 0));
        send(room, segment("s-2", room, "低价了，赶紧下单", 2000));
        await().atMost(WAIT).until(() -> !violations(room).isEmpty());
        assertThat(violations(room)).singleElement().satisfies(v -> {
            assertThat(v[1]).isEqualTo("s-2");
            assertThat(v[2]).isEqualTo("false-price");
            assertThat(v[3]).isEqualTo("低价");
            assertThat(v[4]).isEqualTo("HIGH");
        });
        EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
        await().atMost(WAIT).untilAsserted(() -> {
            List<JsonNode> published = new TopicRecords(bootstrapServers).readAll("violation-detected").stream()
                    .filter(r -> room.equals(r.key())).map(r -> json(r.value())).toList();
            assertThat(published).singleElement().satisfies(event -> {
                assertThat(schemas.violations("violation-detected", event)).isEmpty();
                assertThat(event.path("data").path("segmentId").asText()).isEqualTo("s-2");
                assertThat(event.path("data").path("streamOffsetMs").asLong()).isEqualTo(2000);
            });
        });
    }

    @Test
    void poisonAndUnknownRoomSegmentsAreDeadLetteredWithTheirReasonAndTheNextSegmentIsChecked() {
        String room = room("COSMETICS");
        String ended = endedRoom();
        String unknownRoom = "room-unknown-" + UUID.randomUUID();
        send(room, "{not json".getBytes(StandardCharsets.UTF_8));
        send(room, segment("s-bad-room", unknownRoom, "你好", 0));
        send(room, segment("s-ended", ended, "全网第一", 0));
        send(room, segment("s-long", room, "好".repeat(Segment.TEXT_CHARS_MAX + 1), 0));
        send(room, segment("s-ok", room, "这款面霜全网第一", 1000));
        await().atMost(WAIT).until(() -> !violations(room).isEmpty());
        assertThat(column(violations(room), 1)).containsOnly("s-ok");
        assertThat(violations(ended)).isEmpty();
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> reasons = new TopicRecords(bootstrapServers).readAll(DEAD_LETTERS).stream()
                    .filter(r -> room.equals(r.key()))
                    .map(r -> r.headers().get("dead-letter-reason")).toList();
            assertThat(reasons).anyMatch(r -> r.startsWith("MALFORMED: value is not JSON"))
                    .anyMatch(r -> r.startsWith("UNKNOWN_ROOM: room " + unknownRoom))
                    .anyMatch(r -> r.startsWith("ROOM_NOT_LIVE: room " + ended + " is ENDED"))
                    .anyMatch(r -> r.startsWith("OVERSIZED: data.text has 2001 chars"));
        });
        TopicRecords.Received malformed = new TopicRecords(bootstrapServers).readAll(DEAD_LETTERS).stream()
                .filter(r -> room.equals(r.key()) && r.valueText().equals("{not json")).findFirst()
                .orElseThrow();
        assertThat(malformed.headers()).containsEntry("dead-letter-topic", Segment.NAME)
                .containsKeys("dead-letter-partition", "dead-letter-offset");
    }

    @Test
    void aRedeliveredSegmentIsRecordedAndPublishedOnce() {
        String room = room("FOOD", "COSMETICS");
        byte[] segment = segment("s-1", room, "这款面霜能祛斑，加我微信", 0);
        send(room, segment);
        await().atMost(WAIT).until(() -> violations(room).size() == 2);
        List<Object> firstIds = column(violations(room), 0);
        send(room, segment);
        // A later segment of the same room (same partition) is checked after the redelivered one.
        send(room, segment("s-2", room, "全网最低价", 4000));
        await().atMost(WAIT).until(() -> column(violations(room), 1).contains("s-2"));
        assertThat(column(violations(room), 0)).hasSize(3).containsAll(firstIds);
        assertThat(outboxCount("violation-detected", room)).isEqualTo(3);
    }

    @Test
    void aTransientDatabaseFailureWhileRecordingIsRetried() {
        String room = room("APPAREL");
        failViolationInserts(room, 2);
        try {
            send(room, segment("s-1", room, "全网最低价", 0));
            await().atMost(WAIT).until(() -> violations(room).size() == 1);
            assertThat(injectedFailures()).isGreaterThanOrEqualTo(2);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("drop trigger if exists test_fail_violation on room_violation")
                    .executeUpdate());
        }
    }

    /**
     * Makes the database refuse the first {@code failures} violation inserts of a room. The count lives in a
     * sequence, which a rolled-back transaction does not reset.
     */
    private void failViolationInserts(String roomId, int failures) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("drop sequence if exists test_fail_violation_seq").executeUpdate();
            em.createNativeQuery("create sequence test_fail_violation_seq").executeUpdate();
            em.createNativeQuery("""
                    create or replace function test_fail_violation() returns trigger language plpgsql as $$
                    begin
                        if new.room_id = '%s' and nextval('test_fail_violation_seq') <= %d then
                            raise exception 'injected failure for room %%', new.room_id;
                        end if;
                        return new;
                    end $$""".formatted(roomId, failures)).executeUpdate();
            em.createNativeQuery("drop trigger if exists test_fail_violation on room_violation").executeUpdate();
            em.createNativeQuery("create trigger test_fail_violation before insert on room_violation "
                    + "for each row execute function test_fail_violation()").executeUpdate();
        });
    }

    private long injectedFailures() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select last_value from test_fail_violation_seq").getSingleResult()).longValue());
    }

    private JsonNode json(byte[] value) {
        try {
            return mapper.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
