package dev.livecommerce.gateway.appeal;

import static dev.livecommerce.gateway.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AppealRoutesTest {

    private static final Map<String, Object> APPEAL = Map.of("targetType", "LISTING_DECISION",
            "targetId", UUID.randomUUID().toString(), "statement", "“最好”是注册商标的一部分",
            "evidence", List.of(Map.of("url", "https://evidence.example.com/tm.pdf")));

    @Test
    void aMerchantFilesForTheMerchantItsTokenProves() {
        String key = UUID.randomUUID().toString();
        as("merchant", "m-1").contentType("application/json").header("Idempotency-Key", key)
                .header("X-Merchant-Id", "m-999")
                .body(APPEAL)
                .post("/api/appeals")
                .then().statusCode(201)
                .body("merchantId", equalTo("m-1"));

        assertEquals("m-1", FakeAppeals.last.get("X-Merchant-Id"), "never the caller's own header");
        assertEquals(key, FakeAppeals.last.get("Idempotency-Key"));
        assertTrue(FakeAppeals.last.get("body").contains("LISTING_DECISION"));
    }

    @Test
    void filingRequiresAnIdempotencyKeyAndTheMerchantRole() {
        as("merchant", "m-1").contentType("application/json").body(APPEAL).post("/api/appeals")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("idempotencyKey"));
        as("reviewer", null).contentType("application/json").header("Idempotency-Key", "k").body(APPEAL)
                .post("/api/appeals").then().statusCode(403);
        given().contentType("application/json").header("Idempotency-Key", "k").body(APPEAL).post("/api/appeals")
                .then().statusCode(401);
    }

    @Test
    void aMerchantReadsItsOwnAppealAndAnotherMerchantsLooksMissing() {
        as("merchant", "m-1").get("/api/appeals/" + FakeAppeals.OF_M1).then().statusCode(200)
                .body("merchantId", equalTo("m-1"));
        String otherMerchants = as("merchant", "m-2").get("/api/appeals/" + FakeAppeals.OF_M1)
                .then().statusCode(404).extract().path("type");
        String missing = as("merchant", "m-2").get("/api/appeals/" + UUID.randomUUID())
                .then().statusCode(404).extract().path("type");

        assertEquals(missing, otherMerchants);
        as("operator", null).get("/api/appeals/" + FakeAppeals.OF_M1).then().statusCode(200);
    }

    @Test
    void aMerchantListsOnlyItsOwnAppealsWhateverItAsksFor() {
        as("merchant", "m-1").get("/api/appeals?merchantId=m-2&status=OPEN").then().statusCode(200);

        assertEquals("status=OPEN&merchantId=m-1&overdue=null&limit=null&offset=null", FakeAppeals.last.get("list"));
    }

    @Test
    void reviewersListTheQueueWithTheirFilters() {
        as("reviewer", null).get("/api/appeals?status=OPEN&overdue=true&limit=20&offset=40").then().statusCode(200);

        assertEquals("status=OPEN&merchantId=null&overdue=true&limit=20&offset=40", FakeAppeals.last.get("list"));
    }

    @Test
    void aReviewerDecidesAsTheReviewerItsTokenProves() {
        as("reviewer", null).contentType("application/json").header("X-Reviewer-Id", "someone-else")
                .body(Map.of("outcome", "OVERTURNED", "reason", "trademark use"))
                .post("/api/appeals/" + FakeAppeals.OF_M1 + "/decision")
                .then().statusCode(200)
                .body("status", equalTo("OVERTURNED"));

        assertEquals("reviewer-test", FakeAppeals.last.get("X-Reviewer-Id"));
    }

    @Test
    void onlyReviewersDecide() {
        for (String role : List.of("merchant", "operator", "buyer")) {
            as(role, role.equals("merchant") ? "m-1" : null).contentType("application/json")
                    .body(Map.of("outcome", "OVERTURNED", "reason", "x"))
                    .post("/api/appeals/" + FakeAppeals.OF_M1 + "/decision")
                    .then().statusCode(403);
        }
    }

    @Test
    void decidingAClosedAppealPassesOnTheServicesProblem() {
        as("reviewer", null).contentType("application/json").body(Map.of("outcome", "UPHELD", "reason", "x"))
                .post("/api/appeals/" + FakeAppeals.DECIDED + "/decision")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:appeal-closed"));
    }

    @Test
    void theOverturnRateReportIsForReviewersAndOperators() {
        as("operator", null).get("/api/governance/rules/appeal-outcomes?ruleId=absolute-terms").then().statusCode(200)
                .body("[0].overturnRate", equalTo(0.25f));
        as("reviewer", null).get("/api/governance/rules/appeal-outcomes").then().statusCode(200);
        as("merchant", "m-1").get("/api/governance/rules/appeal-outcomes").then().statusCode(403);
    }
}
