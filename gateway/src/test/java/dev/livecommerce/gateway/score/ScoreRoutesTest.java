package dev.livecommerce.gateway.score;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class ScoreRoutesTest {

    private static final String MERCHANT_SCORE = "/api/governance/scores/merchants/";
    private static final String LISTING_SCORE = "/api/governance/scores/listings/";

    @Test
    void aMerchantReadsItsOwnScores() {
        as("merchant", FakeScores.MERCHANT).get(MERCHANT_SCORE + FakeScores.MERCHANT)
                .then().statusCode(200)
                .body("logistics", equalTo(80.0f));
        as("merchant", FakeScores.MERCHANT).get(LISTING_SCORE + FakeScores.LISTING_OF_M1)
                .then().statusCode(200)
                .body("latestOutcome", equalTo("INTERCEPTED"));
    }

    @Test
    void anotherMerchantsScoresLookMissing() {
        String otherMerchant = as("merchant", "m-2").get(MERCHANT_SCORE + FakeScores.MERCHANT)
                .then().statusCode(404).contentType("application/problem+json").extract().path("type");
        String otherListing = as("merchant", "m-2").get(LISTING_SCORE + FakeScores.LISTING_OF_M1)
                .then().statusCode(404).contentType("application/problem+json").extract().path("type");
        String missing = as("merchant", "m-2").get(LISTING_SCORE + UUID.randomUUID())
                .then().statusCode(404).extract().path("type");

        assertEquals(missing, otherMerchant, "the same answer as for something that does not exist");
        assertEquals(missing, otherListing);
    }

    @Test
    void reviewersAndOperatorsReadAnyScore() {
        for (String role : new String[]{"reviewer", "operator"}) {
            as(role, role + "-1").get(MERCHANT_SCORE + FakeScores.MERCHANT).then().statusCode(200);
            as(role, role + "-1").get(LISTING_SCORE + FakeScores.LISTING_OF_M1).then().statusCode(200);
        }
    }

    @Test
    void anUnknownMerchantIsTheServicesNotFoundProblem() {
        as("operator", "op-1").get(MERCHANT_SCORE + "m-unknown")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:not-found"));
    }

    @Test
    void buyersAndAnonymousCallersAreTurnedAway() {
        as("buyer", "b-1").get(MERCHANT_SCORE + FakeScores.MERCHANT).then().statusCode(403)
                .contentType("application/problem+json");
        given().get(MERCHANT_SCORE + FakeScores.MERCHANT).then().statusCode(401);
    }

    @Test
    void aListingIdThatIsNotAUuidIsNotFoundNotAFailure() {
        as("operator", "op-1").get(LISTING_SCORE + "not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static RequestSpecification as(String role, String subject) {
        var token = Jwt.issuer("live-commerce-suite").subject(subject).groups(role);
        if (role.equals("merchant")) {
            token.claim("merchant_id", subject);
        }
        return given().auth().oauth2(token.sign());
    }
}
