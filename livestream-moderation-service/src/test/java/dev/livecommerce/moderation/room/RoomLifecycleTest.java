package dev.livecommerce.moderation.room;

import static dev.livecommerce.moderation.Moderation.outboxCount;
import static dev.livecommerce.moderation.Moderation.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import dev.livecommerce.kit.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoomLifecycleTest {

    @Inject
    RoomDirectory directory;

    @Test
    void theLiveSystemStartsAndEndsARoomAndARetryChangesNothing() {
        String room = unique("room");
        Map<String, Object> start = Map.of("roomId", room, "merchantId", "m-1001", "hostId", "host-xiaoya",
                "categories", List.of("COSMETICS", "HEALTH_FOOD"));
        given().contentType("application/json").body(start).post("/rooms").then().statusCode(201)
                .body("state", equalTo("LIVE")).body("ladderStep", equalTo("NONE"));
        given().contentType("application/json").body(start).post("/rooms").then().statusCode(200);
        assertEquals(1, outboxCount("livestream-started", room));
        assertEquals(RoomState.LIVE, directory.find(room).orElseThrow().state());

        given().contentType("application/json").body(Map.of("reason", "SCHEDULE_OVER"))
                .post("/rooms/" + room + "/end").then().statusCode(200)
                .body("state", equalTo("ENDED")).body("endReason", equalTo("SCHEDULE_OVER"));
        given().contentType("application/json").body(Map.of()).post("/rooms/" + room + "/end").then()
                .statusCode(200);
        assertEquals(1, outboxCount("livestream-ended", room));
        assertEquals(RoomState.ENDED, directory.find(room).orElseThrow().state());
    }

    @Test
    void badStartsAreProblemsNamingTheField() {
        given().contentType("application/json")
                .body(Map.of("roomId", "r 1", "merchantId", "m-1", "hostId", "h", "categories", List.of("JEWELRY")))
                .post("/rooms").then().statusCode(400)
                .body("errors.size()", equalTo(2));
        given().get("/rooms/" + unique("missing")).then().statusCode(404);
        given().contentType("application/json").body(Map.of()).post("/rooms/" + unique("missing") + "/end")
                .then().statusCode(404);
    }

    @Test
    void aRoomLiveWithAnotherHostIsAConflict() {
        String room = unique("room");
        given().contentType("application/json").body(Map.of("roomId", room, "merchantId", "m-1", "hostId", "host-a",
                "categories", List.of("FOOD"))).post("/rooms").then().statusCode(201);
        given().contentType("application/json").body(Map.of("roomId", room, "merchantId", "m-1", "hostId", "host-b",
                "categories", List.of("FOOD"))).post("/rooms").then().statusCode(409)
                .body("type", equalTo("urn:livecommerce:problem:room-live"));
    }

    @Test
    void startsAndEndsPublishedByTheLiveSystemAreAppliedOnce() {
        String room = unique("room");
        TopicRecords topics = new TopicRecords(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        byte[] started = event("livestream-started", room, "\"roomId\":\"" + room + "\",\"merchantId\":\"m-2040\","
                + "\"hostId\":\"host-laowang\",\"categories\":[\"APPAREL\"],\"startedAt\":\"2025-11-12T02:30:00Z\"");
        topics.send("livestream-started", room, started, Map.of());
        topics.send("livestream-started", room, started, Map.of());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/rooms/" + room).then()
                .statusCode(200).body("state", equalTo("LIVE")).body("session", equalTo(1)));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> directory.find(room).map(LiveRoom::isLive).orElse(false));
        assertEquals(0, outboxCount("livestream-started", room), "an applied event is not republished");

        topics.send("livestream-ended", room, event("livestream-ended", room, "\"roomId\":\"" + room
                + "\",\"merchantId\":\"m-2040\",\"hostId\":\"host-laowang\",\"endedAt\":\"2025-11-12T03:41:55Z\","
                + "\"reason\":\"CONNECTION_LOST\""), Map.of());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/rooms/" + room).then()
                .body("state", equalTo("ENDED")).body("endReason", equalTo("CONNECTION_LOST")));
        // The first start again, after the end: older than the session, so it changes nothing.
        topics.send("livestream-started", room, started, Map.of());
        given().get("/rooms/" + room).then().body("state", equalTo("ENDED")).body("session", equalTo(1));
    }

    private static byte[] event(String name, String subject, String data) {
        return ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"source\":\"/livestream-moderation-service\","
                + "\"type\":\"dev.livecommerce." + name + ".v1\",\"subject\":\"" + subject + "\","
                + "\"time\":\"2025-11-12T02:30:00Z\",\"datacontenttype\":\"application/json\","
                + "\"dataschema\":\"urn:livecommerce:events:" + name + ":v1\",\"data\":{" + data + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
