package dev.livecommerce.moderation.appeal;

import static dev.livecommerce.moderation.Moderation.outboxCount;
import static dev.livecommerce.moderation.Moderation.speech;
import static dev.livecommerce.moderation.Moderation.start;
import static dev.livecommerce.moderation.Moderation.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.livecommerce.moderation.Moderation;
import dev.livecommerce.moderation.room.RoomDirectory;
import dev.livecommerce.moderation.violation.ViolationRecorder;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AppealOverturnTest {

    @Inject
    ViolationRecorder recorder;

    @Inject
    RoomDirectory directory;

    @Test
    void overturningTheCutThatBannedAHostLiftsCutAndBanRemovesItsStrikesAndCountsAgainstTheRule() {
        String host = unique("host");
        List<String> rooms = new ArrayList<>();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 3; i++) {
            String room = unique("room");
            rooms.add(room);
            start(room, "m-1001", host);
            for (int segment = 0; segment < 3; segment++) {
                recorder.record(directory.find(room).orElseThrow(), List.of(speech(room, host, "seg-" + segment,
                        "CRITICAL", t0.plusSeconds(i * 100 + segment))));
            }
        }
        String lastRoom = rooms.get(2);
        String cutId = given().get("/rooms/" + lastRoom).then().extract().path("steps[0].penaltyId");
        int overturnsBefore = overturns();

        given().contentType("application/json").header("X-Merchant-Id", "m-9999")
                .body(Map.of("penaltyId", cutId, "statement", "not ours")).post("/appeals").then().statusCode(404);
        String appealId = given().contentType("application/json").header("X-Host-Id", host)
                .body(Map.of("penaltyId", cutId, "statement", "“第一”是注册商标的一部分",
                        "evidence", List.of(Map.of("url", "https://evidence.example.com/tm.pdf"))))
                .post("/appeals").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("appealId");
        given().contentType("application/json").header("X-Host-Id", host)
                .body(Map.of("penaltyId", cutId, "statement", "again")).post("/appeals").then().statusCode(409);

        given().contentType("application/json").header("X-Reviewer-Id", "reviewer-17")
                .body(Map.of("outcome", "OVERTURNED", "reason", "registered trademark"))
                .post("/appeals/" + appealId + "/decision").then().statusCode(200)
                .body("status", equalTo("OVERTURNED"));

        given().get("/rooms/" + lastRoom).then().body("state", equalTo("ENDED"))
                .body("endReason", equalTo("CUT_LIFTED")).body("activeStrikePoints", equalTo(0));
        given().get("/hosts/" + host).then().body("banned", equalTo(false))
                .body("appeals", hasSize(1));
        assertEquals(1, outboxCount("livestream-penalty-lifted", host));
        assertEquals(1, outboxCount("livestream-appeal-decided", host));
        String lifted = Moderation.lastOutboxPayload("livestream-penalty-lifted", host);
        assertTrue(lifted.contains("\"kind\":\"CUT\"") && lifted.contains("\"kind\":\"BAN\"")
                && lifted.contains("\"hostBanned\":false"), lifted);
        assertEquals(overturnsBefore + 1, overturns());
        // The host may host again, and the room id may start again.
        given().contentType("application/json").body(Map.of("roomId", lastRoom, "merchantId", "m-1001",
                "hostId", host, "categories", List.of("COSMETICS"))).post("/rooms").then().statusCode(201)
                .body("session", equalTo(2));
        given().contentType("application/json").header("X-Reviewer-Id", "reviewer-17")
                .body(Map.of("outcome", "UPHELD", "reason", "again")).post("/appeals/" + appealId + "/decision")
                .then().statusCode(409);
    }

    @Test
    void theTotalsCountTheDaysRoomsAndHosts() {
        String date = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String room = unique("room");
        String host = unique("host");
        start(room, "m-1001", host);
        int cutBefore = given().get("/moderation-totals?date=" + date).then().statusCode(200)
                .extract().path("roomsCut");
        Instant t0 = Instant.now();
        for (int segment = 0; segment < 3; segment++) {
            recorder.record(directory.find(room).orElseThrow(),
                    List.of(speech(room, host, "seg-" + segment, "HIGH", t0.plusMillis(segment))));
        }
        given().get("/moderation-totals?date=" + date).then().statusCode(200)
                .body("roomsCut", equalTo(cutBefore + 1))
                .body("roomsWarned", greaterThanOrEqualTo(1))
                .body("roomsThrottled", greaterThanOrEqualTo(1));
        given().get("/moderation-totals?date=11/11/2025").then().statusCode(400)
                .body("type", equalTo("urn:livecommerce:problem:invalid-date"));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("moderation_ladder_steps_total{kind=\"CUT\""));
    }

    private static int overturns() {
        List<Integer> counts = given().get("/rules/overturns?ruleId=ad-law-absolute-terms").then().statusCode(200)
                .extract().path("overturns");
        return counts.isEmpty() ? 0 : counts.get(0);
    }
}
