package dev.livecommerce.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class ListingRoutesTest {

    private static final Map<String, Object> LISTING = Map.of("title", "保湿面霜", "description", "50ml",
            "category", "COSMETICS", "priceFen", 9900);

    @Test
    void noTokenIsUnauthorizedWithAProblem() {
        given().contentType("application/json").body(LISTING).post("/api/listings")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:unauthenticated"));
    }

    @Test
    void aTokenFromAnotherIssuerKeyOrTimeIsUnauthorized() {
        String expired = Jwt.issuer("live-commerce-suite").subject("m-1").groups("merchant")
                .claim("merchant_id", "m-1").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign();
        String otherIssuer = Jwt.issuer("someone-else").subject("m-1").groups("merchant")
                .claim("merchant_id", "m-1").sign();
        for (String token : Set.of(expired, otherIssuer, "not.a.jwt")) {
            given().auth().oauth2(token).get("/api/listings/" + FakeGovernance.OWNED_BY_M1)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aWrongRoleIsForbidden() {
        as("buyer", null).contentType("application/json").header("Idempotency-Key", "k").body(LISTING)
                .post("/api/listings")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:forbidden"));
    }

    @Test
    void aMerchantSubmitsForTheMerchantItsTokenProves() {
        String key = UUID.randomUUID().toString();
        as("merchant", "m-1").contentType("application/json").header("Idempotency-Key", key)
                .header("X-Merchant-Id", "m-999")
                .body(LISTING)
                .post("/api/listings")
                .then().statusCode(202)
                .body("listingId", equalTo(FakeGovernance.OWNED_BY_M1.toString()));

        assertEquals("m-1", FakeGovernance.lastHeaders.get("X-Merchant-Id"), "never the caller's own header");
        assertEquals(key, FakeGovernance.lastHeaders.get("Idempotency-Key"));
    }

    @Test
    void submittingRequiresAnIdempotencyKey() {
        as("merchant", "m-1").contentType("application/json").body(LISTING).post("/api/listings")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("idempotencyKey"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        as("merchant", "m-1").contentType("application/json").header("Idempotency-Key", "k").body("{\"title\": ")
                .post("/api/listings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:malformed-json"));
    }

    @Test
    void theOwningServicesProblemIsPassedOn() {
        as("merchant", "m-1").contentType("application/json").header("Idempotency-Key", "k")
                .body(Map.of("description", "x"))
                .post("/api/listings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void aMerchantReadsItsOwnListing() {
        as("merchant", "m-1").get("/api/listings/" + FakeGovernance.OWNED_BY_M1)
                .then().statusCode(200).body("merchantId", equalTo("m-1"));
    }

    @Test
    void anotherMerchantsListingLooksMissing() {
        String otherMerchants = as("merchant", "m-2").get("/api/listings/" + FakeGovernance.OWNED_BY_M1)
                .then().statusCode(404).contentType("application/problem+json").extract().path("type");
        String missing = as("merchant", "m-2").get("/api/listings/" + UUID.randomUUID())
                .then().statusCode(404).extract().path("type");

        assertEquals(missing, otherMerchants, "the same answer as for a listing that does not exist");
    }

    @Test
    void reviewersReadAnyListing() {
        as("reviewer", null).get("/api/listings/" + FakeGovernance.OWNED_BY_M1).then().statusCode(200);
    }

    @Test
    void aMerchantTokenWithoutItsMerchantIdIsForbidden() {
        as("merchant", null).contentType("application/json").header("Idempotency-Key", "k").body(LISTING)
                .post("/api/listings")
                .then().statusCode(403)
                .body("type", equalTo("urn:livecommerce:problem:merchant-claim-missing"));
    }

    private static RequestSpecification as(String role, String merchantId) {
        var builder = Jwt.issuer("live-commerce-suite").subject(merchantId == null ? role + "-test" : merchantId)
                .groups(role);
        if (merchantId != null) {
            builder.claim("merchant_id", merchantId);
        }
        return given().auth().oauth2(builder.sign());
    }
}
