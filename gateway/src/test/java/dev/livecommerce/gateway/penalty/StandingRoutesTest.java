package dev.livecommerce.gateway.penalty;

import static dev.livecommerce.gateway.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StandingRoutesTest {

    @Test
    void aMerchantReadsItsOwnStanding() {
        as("merchant", "m-1").get("/api/merchants/m-1/standing?historyLimit=20")
                .then().statusCode(200)
                .body("level", equalTo("LISTING_RESTRICTED"))
                .body("activePoints", equalTo(13));

        assertTrue(FakeStandings.requests.contains("m-1?historyLimit=20"));
    }

    @Test
    void anotherMerchantsStandingLooksMissingAndIsNeverFetched() {
        as("merchant", "m-2").get("/api/merchants/m-77/standing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:not-found"));

        assertFalse(FakeStandings.requests.stream().anyMatch(r -> r.startsWith("m-77")));
    }

    @Test
    void reviewersAndOperatorsReadAnyStanding() {
        as("reviewer", null).get("/api/merchants/m-3/standing").then().statusCode(200)
                .body("merchantId", equalTo("m-3"));
        as("operator", null).get("/api/merchants/m-3/standing").then().statusCode(200);
    }

    @Test
    void buyersAndAnonymousCallersMayNot() {
        as("buyer", null).get("/api/merchants/m-1/standing").then().statusCode(403);
        given().get("/api/merchants/m-1/standing").then().statusCode(401);
    }
}
