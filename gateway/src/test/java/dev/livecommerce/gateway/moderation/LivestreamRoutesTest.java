package dev.livecommerce.gateway.moderation;

import static dev.livecommerce.gateway.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class LivestreamRoutesTest {

    private static final Map<String, Object> ROOM = Map.of("roomId", "room-1", "merchantId", "m-1", "hostId",
            "host-xiaoya", "categories", List.of("COSMETICS"));

    private static RequestSpecification asHost(String hostId) {
        return given().auth().oauth2(Jwt.issuer("live-commerce-suite").subject(hostId).groups("host")
                .claim("host_id", hostId).sign());
    }

    @Test
    void onlyTheLiveSystemStartsRoomsAndDownstreamProblemsPassThrough() {
        as("live-system", null).contentType("application/json").body(ROOM).post("/api/moderation/rooms")
                .then().statusCode(201).body("state", equalTo("LIVE"));
        as("merchant", "m-1").contentType("application/json").body(ROOM).post("/api/moderation/rooms")
                .then().statusCode(403);
        given().contentType("application/json").body(ROOM).post("/api/moderation/rooms").then().statusCode(401);
        as("live-system", null).contentType("application/json")
                .body(Map.of("roomId", "room-2", "merchantId", "m-1", "hostId", "host-banned",
                        "categories", List.of("FOOD")))
                .post("/api/moderation/rooms").then().statusCode(403)
                .body("type", equalTo("urn:livecommerce:problem:host-banned"));
    }

    @Test
    void aHostReadsItsOwnRecordOnlyAndOperatorsReadTotals() {
        asHost("host-xiaoya").get("/api/moderation/hosts/host-xiaoya").then().statusCode(200);
        asHost("host-xiaoya").get("/api/moderation/hosts/host-laowang").then().statusCode(404);
        as("operator", null).get("/api/moderation/hosts/host-laowang").then().statusCode(200);
        as("operator", null).get("/api/moderation/totals?date=2025-11-11").then().statusCode(200)
                .body("roomsCut", equalTo(3));
        assertEquals("2025-11-11", FakeModeration.last.get("totals"));
        as("merchant", "m-1").get("/api/moderation/totals").then().statusCode(403);
    }

    @Test
    void theAppellantIsWhoTheTokenSaysAndReviewersDecideAsThemselves() {
        asHost("host-xiaoya").contentType("application/json").header("X-Merchant-Id", "m-999")
                .body(Map.of("penaltyId", "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "statement", "trademark"))
                .post("/api/moderation/appeals").then().statusCode(201);
        assertEquals("host-xiaoya", FakeModeration.last.get("X-Host-Id"));
        assertEquals("null", FakeModeration.last.get("X-Merchant-Id"));

        as("merchant", "m-1").contentType("application/json")
                .body(Map.of("penaltyId", "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "statement", "trademark"))
                .post("/api/moderation/appeals").then().statusCode(201);
        assertEquals("m-1", FakeModeration.last.get("X-Merchant-Id"));
        as("reviewer", null).contentType("application/json").body(Map.of("statement", "x"))
                .post("/api/moderation/appeals").then().statusCode(403);

        asHost("host-xiaoya").get("/api/moderation/appeals/" + FakeModeration.HOST_APPEAL).then().statusCode(200);
        asHost("host-laowang").get("/api/moderation/appeals/" + FakeModeration.HOST_APPEAL).then().statusCode(404);

        as("reviewer", null).contentType("application/json").header("X-Reviewer-Id", "someone-else")
                .body(Map.of("outcome", "OVERTURNED", "reason", "trademark"))
                .post("/api/moderation/appeals/" + FakeModeration.HOST_APPEAL + "/decision").then().statusCode(200);
        assertEquals("reviewer-test", FakeModeration.last.get("X-Reviewer-Id"));
    }
}
