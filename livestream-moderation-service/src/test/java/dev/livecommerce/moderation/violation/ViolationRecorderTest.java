package dev.livecommerce.moderation.violation;

import static dev.livecommerce.moderation.Moderation.outboxCount;
import static dev.livecommerce.moderation.Moderation.speech;
import static dev.livecommerce.moderation.Moderation.start;
import static dev.livecommerce.moderation.Moderation.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.livecommerce.moderation.Moderation;
import dev.livecommerce.moderation.ladder.LadderStep;
import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.room.Room;
import dev.livecommerce.moderation.room.RoomDirectory;
import dev.livecommerce.moderation.room.RoomState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ViolationRecorderTest {

    @Inject
    ViolationRecorder recorder;

    @Inject
    RoomDirectory directory;

    @Test
    void speechStrikesWalkTheLadderToOneCutAndARedeliveredBatchHasNoSecondEffect() {
        String room = unique("room");
        String host = unique("host");
        start(room, "m-1001", host);
        LiveRoom live = directory.find(room).orElseThrow();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        List<DetectedViolation> first = List.of(speech(room, host, "seg-1", "HIGH", t0));
        recorder.record(live, first);
        recorder.record(live, first);
        assertEquals(LadderStep.WARNED, stepOf(room));
        assertEquals(1, outboxCount("violation-detected", room));
        assertEquals(1, outboxCount("livestream-warning-issued", room));

        recorder.record(live, List.of(speech(room, host, "seg-2", "HIGH", t0.plusSeconds(60))));
        assertEquals(LadderStep.THROTTLED, stepOf(room));
        assertEquals(1, outboxCount("livestream-throttled", room));

        List<DetectedViolation> third = List.of(speech(room, host, "seg-3", "HIGH", t0.plusSeconds(120)));
        recorder.record(live, third);
        recorder.record(live, third);
        assertEquals(LadderStep.CUT, stepOf(room));
        assertEquals(1, outboxCount("livestream-cut", room), "the cut is published once");
        assertEquals(3, outboxCount("violation-detected", room));
        assertEquals(RoomState.CUT, directory.find(room).orElseThrow().state(), "the cut is in the directory");

        given().get("/rooms/" + room).then().statusCode(200)
                .body("state", equalTo("CUT"))
                .body("ladderStep", equalTo("CUT"))
                .body("violations", hasSize(3))
                .body("steps.kind", equalTo(List.of("CUT", "THROTTLE", "WARNING")))
                .body("activeStrikePoints", equalTo(9));
    }

    @Test
    void aStrikeAtAnInstantWithSubMicrosecondDigitsCountsAlthoughPostgresRoundsIt() {
        String room = unique("room");
        String host = unique("host");
        start(room, "m-1001", host);
        Instant roundedUpByPostgres = Instant.now().truncatedTo(ChronoUnit.MICROS).plusNanos(600);
        recorder.record(directory.find(room).orElseThrow(),
                List.of(speech(room, host, "seg-1", "LOW", roundedUpByPostgres)));
        assertEquals(LadderStep.WARNED, stepOf(room), "its own strike counts: the host is warned");
    }

    @Test
    void aNewTransactionContinuesFromTheStoredLadderAsARestartedInstanceWould() {
        String room = unique("room");
        String host = unique("host");
        start(room, "m-1001", host);
        LiveRoom live = directory.find(room).orElseThrow();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        recorder.record(live, List.of(speech(room, host, "seg-1", "HIGH", t0)));

        // Nothing of the ladder lives in memory: the step and the strikes are read back from the database.
        assertEquals(LadderStep.WARNED, stepOf(room));
        recorder.record(live, List.of(speech(room, host, "seg-2", "LOW", t0.plusSeconds(5))));
        assertEquals(LadderStep.THROTTLED, stepOf(room), "3 + 1 points reach the throttle at 4");
        assertEquals(0, outboxCount("livestream-warning-issued", room) - 1, "no second warning");
    }

    @Test
    void strikesOutsideTheRoomWindowDecay() {
        String room = unique("room");
        String host = unique("host");
        start(room, "m-1001", host);
        LiveRoom live = directory.find(room).orElseThrow();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        recorder.record(live, List.of(speech(room, host, "seg-1", "HIGH", t0.minusSeconds(3600))));
        recorder.record(live, List.of(speech(room, host, "seg-2", "LOW", t0)));

        assertEquals(LadderStep.WARNED, stepOf(room), "the hour-old strike no longer counts in the room");
    }

    @Test
    void aChatViolationHidesTheMessageAndMutesTheViewerButLeavesTheHostAlone() {
        String room = unique("room");
        String host = unique("host");
        start(room, "m-1001", host);
        LiveRoom live = directory.find(room).orElseThrow();
        DetectedViolation chat = Moderation.violation(room, "chat-77", Channel.CHAT, "viewer-88121",
                "off-platform-contact", "CRITICAL", Instant.now());

        recorder.record(live, List.of(chat));
        recorder.record(live, List.of(chat));

        assertEquals(1, outboxCount("chat-message-hidden", room));
        assertEquals(1, outboxCount("violation-detected", room));
        assertTrue(Moderation.lastOutboxPayload("chat-message-hidden", room).contains("\"viewerId\":\"viewer-88121\""));
        assertEquals(LadderStep.NONE, stepOf(room));
        given().get("/hosts/" + host).then().statusCode(200)
                .body("activeStrikePoints", equalTo(0))
                .body("strikes", hasSize(0));
        assertEquals(0, outboxCount("livestream-warning-issued", room));
    }

    @Test
    void violationDetectedCarriesTheRoomsMerchantAndHost() {
        String room = unique("room");
        String host = unique("host");
        start(room, "m-2040", host);
        recorder.record(directory.find(room).orElseThrow(),
                List.of(speech(room, host, "seg-9", "MEDIUM", Instant.now())));

        String event = Moderation.lastOutboxPayload("violation-detected", room);
        assertTrue(event.contains("\"merchantId\":\"m-2040\"") && event.contains("\"hostId\":\"" + host + "\"")
                && event.contains("\"speakerId\":\"" + host + "\""), event);
    }

    @Test
    void aHostCutThreeTimesIsBannedJointlyWithTheMerchantsAndCannotStartARoom() {
        String host = unique("host");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 3; i++) {
            String room = unique("room");
            start(room, i == 0 ? "m-3310" : "m-2040", host);
            LiveRoom live = directory.find(room).orElseThrow();
            for (int segment = 0; segment < 3; segment++) {
                recorder.record(live, List.of(speech(room, host, "seg-" + segment, "CRITICAL",
                        t0.plusSeconds(i * 100 + segment))));
            }
            assertEquals(LadderStep.CUT, stepOf(room));
        }

        assertEquals(1, outboxCount("host-banned", host));
        String ban = Moderation.lastOutboxPayload("host-banned", host);
        assertTrue(ban.contains("\"merchantIds\":[\"m-3310\",\"m-2040\"]"), ban);
        given().get("/hosts/" + host).then().statusCode(200)
                .body("banned", equalTo(true))
                .body("cuts", hasSize(3))
                .body("bans", hasSize(1));
        given().contentType("application/json")
                .body(Map.of("roomId", unique("room"), "merchantId", "m-1001", "hostId", host,
                        "categories", List.of("FOOD")))
                .post("/rooms").then().statusCode(403)
                .body("type", equalTo("urn:livecommerce:problem:host-banned"));
    }

    static LadderStep stepOf(String roomId) {
        return QuarkusTransaction.requiringNew().call(() -> Room.<Room>findById(roomId).ladderStep);
    }
}
