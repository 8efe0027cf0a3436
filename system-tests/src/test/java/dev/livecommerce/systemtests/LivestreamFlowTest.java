package dev.livecommerce.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.kit.events.EventSchemas;
import io.restassured.RestAssured;

/** A live session through the gateway of the running suite: room, segments, violations, warning, chat hidden. */
class LivestreamFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static String liveSystem;
    private static String operator;

    @BeforeAll
    static void tokens() {
        RestAssured.baseURI = Suite.GATEWAY_URL;
        liveSystem = Suite.token("live-system", null);
        operator = Suite.token("operator", null);
    }

    @Test
    void aSplitFalsePriceClaimWarnsTheHostAndAViewersContactIsHiddenWithoutAStrike() {
        String room = "room-flow-" + RUN;
        String host = "host-flow-" + RUN;
        given().auth().oauth2(liveSystem).contentType("application/json")
                .body(Map.of("roomId", room, "merchantId", "m-flow-" + RUN, "hostId", host, "categories",
                        List.of("COSMETICS")))
                .post("/api/moderation/rooms").then().statusCode(201);

        given().auth().oauth2(liveSystem).contentType("application/json")
                .body(Map.of("segments", List.of(
                        speech(room, host, "s-1", "家人们今天这个价格是全网最", 0),
                        speech(room, host, "s-2", "低价了，赶紧下单", 2_000),
                        Map.of("segmentId", "c-1", "roomId", room, "channel", "CHAT", "speakerId", "viewer-7",
                                "text", "想要的加我微信13800138000", "streamOffsetMs", 2_500))))
                .post("/api/moderation/segments").then().statusCode(202).body("accepted", equalTo(3));

        EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
        await().atMost(WAIT).untilAsserted(() -> {
            List<JsonNode> violations = events("violation-detected", room);
            List<JsonNode> speech = ofChannel(violations, "SPEECH");
            assertEquals(1, speech.size(), "the split phrase, once");
            assertEquals("s-2", speech.get(0).path("data").path("segmentId").asText());
            assertEquals("FALSE_PRICE", speech.get(0).path("data").path("type").asText());
            assertEquals(2_000, speech.get(0).path("data").path("streamOffsetMs").asLong());
            List<JsonNode> chat = ofChannel(violations, "CHAT");
            assertTrue(!chat.isEmpty(), "the viewer's contact details");
            chat.forEach(v -> assertEquals("viewer-7", v.path("data").path("speakerId").asText()));
            violations.forEach(v -> assertEquals(List.of(), schemas.violations("violation-detected", v)));
            assertEquals(1, events("livestream-warning-issued", room).size(), "the host is warned once");
            assertEquals(1, events("chat-message-hidden", room).size());
        });

        int violations = events("violation-detected", room).size();
        given().auth().oauth2(operator).get("/api/moderation/rooms/" + room).then().statusCode(200)
                .body("state", equalTo("LIVE"))
                .body("ladderStep", equalTo("WARNED"))
                .body("violations", hasSize(violations))
                .body("steps.kind", equalTo(List.of("WARNING")));
    }

    @Test
    void segmentsOfARoomThatIsNotLiveAreRefusedWithTheItemNamed() {
        given().auth().oauth2(liveSystem).contentType("application/json")
                .body(Map.of("segments", List.of(speech("room-never-" + RUN, "host-x", "s-1", "你好", 0))))
                .post("/api/moderation/segments").then().statusCode(422)
                .body("errors[0].field", equalTo("segments[0].roomId"));
    }

    private static Map<String, Object> speech(String room, String host, String id, String text, long offsetMs) {
        return Map.of("segmentId", id, "roomId", room, "channel", "SPEECH", "speakerId", host, "text", text,
                "streamOffsetMs", offsetMs, "durationMs", 2_000);
    }

    private static List<JsonNode> ofChannel(List<JsonNode> violations, String channel) {
        return violations.stream().filter(v -> v.path("data").path("channel").asText().equals(channel)).toList();
    }

    private static List<JsonNode> events(String topic, String key) {
        return Suite.broker().readAll(topic).stream().filter(r -> key.equals(r.key())).map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
