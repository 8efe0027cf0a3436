package dev.livecommerce.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class QualificationRoutesTest {

    private static final String ROUTE = "/api/governance/qualifications";
    private static final Map<String, Object> LICENCE = Map.of("type", "FOOD_BUSINESS_LICENCE", "documentNumber",
            "JY13301060012345", "issuingAuthority", "杭州市西湖区市场监督管理局", "validFrom", "2024-06-01",
            "validUntil", "2029-05-31", "evidenceRef", "evidence/licence.pdf");

    @Test
    void aMerchantRegistersForTheMerchantItsTokenProves() {
        String key = UUID.randomUUID().toString();
        merchant("m-1").contentType("application/json").header("Idempotency-Key", key)
                .header("X-Merchant-Id", "m-999")
                .body(LICENCE)
                .post(ROUTE)
                .then().statusCode(201).body("merchantId", equalTo("m-1"));

        assertEquals("m-1", FakeQualifications.lastHeaders.get("X-Merchant-Id"), "never the caller's own header");
        assertEquals(key, FakeQualifications.lastHeaders.get("Idempotency-Key"));
    }

    @Test
    void registeringRequiresAnIdempotencyKeyAndTheMerchantRole() {
        merchant("m-1").contentType("application/json").body(LICENCE).post(ROUTE)
                .then().statusCode(400).body("errors[0].field", equalTo("idempotencyKey"));
        staff("reviewer", "reviewer-ann").contentType("application/json").header("Idempotency-Key", "k")
                .body(LICENCE).post(ROUTE)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theServicesUnprocessableProblemIsPassedOn() {
        merchant("m-1").contentType("application/json").header("Idempotency-Key", "k")
                .body(Map.of("type", "FOOD_BUSINESS_LICENCE", "validUntil", "2029/05/31"))
                .post(ROUTE)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("validUntil"));
    }

    @Test
    void aMerchantListsOnlyItsOwnDocumentsWhateverItAsksFor() {
        merchant("m-1").queryParam("merchantId", "m-2").get(ROUTE).then().statusCode(200)
                .body("[0].merchantId", equalTo("m-1"));
        assertEquals("m-1", FakeQualifications.lastHeaders.get("merchantId query"));
    }

    @Test
    void staffNameTheMerchantTheyList() {
        staff("operator", "op-lin").queryParam("merchantId", "m-2").get(ROUTE).then().statusCode(200)
                .body("[0].merchantId", equalTo("m-2"));
        staff("reviewer", "reviewer-ann").get(ROUTE).then().statusCode(400)
                .body("errors[0].field", equalTo("merchantId"));
    }

    @Test
    void anotherMerchantsDocumentLooksMissing() {
        merchant("m-1").get(ROUTE + "/" + FakeQualifications.OWNED_BY_M1).then().statusCode(200);
        String otherMerchants = merchant("m-2").get(ROUTE + "/" + FakeQualifications.OWNED_BY_M1)
                .then().statusCode(404).extract().path("type");
        String missing = merchant("m-2").get(ROUTE + "/" + UUID.randomUUID()).then().statusCode(404)
                .extract().path("type");

        assertEquals(missing, otherMerchants);
        staff("reviewer", "reviewer-ann").get(ROUTE + "/" + FakeQualifications.OWNED_BY_M1).then().statusCode(200);
    }

    @Test
    void staffRevokeAsTheSubjectOfTheirToken() {
        staff("reviewer", "reviewer-ann").contentType("application/json").header("X-Staff-Id", "someone-else")
                .body(Map.of("reason", "伪造"))
                .post(ROUTE + "/" + FakeQualifications.OWNED_BY_M1 + "/revocation")
                .then().statusCode(200).body("revokedBy", equalTo("reviewer-ann"));
        assertEquals("reviewer-ann", FakeQualifications.lastHeaders.get("X-Staff-Id"));

        merchant("m-1").contentType("application/json").body(Map.of("reason", "mine"))
                .post(ROUTE + "/" + FakeQualifications.OWNED_BY_M1 + "/revocation")
                .then().statusCode(403);
    }

    @Test
    void everyRoleThatWorksWithListingsReadsTheRequirements() {
        merchant("m-1").get(ROUTE + "/requirements").then().statusCode(200).body("[0].id", equalTo("food-licence"));
        staff("operator", "op-lin").get(ROUTE + "/requirements").then().statusCode(200);
        staff("buyer", "b-1").get(ROUTE + "/requirements").then().statusCode(403);
        given().get(ROUTE + "/requirements").then().statusCode(401);
    }

    private static RequestSpecification merchant(String merchantId) {
        return given().auth().oauth2(Jwt.issuer("live-commerce-suite").subject(merchantId).groups("merchant")
                .claim("merchant_id", merchantId).sign());
    }

    private static RequestSpecification staff(String role, String subject) {
        return given().auth().oauth2(Jwt.issuer("live-commerce-suite").subject(subject).groups(role).sign());
    }
}
