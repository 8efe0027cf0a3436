package dev.livecommerce.gateway.ip;

import static dev.livecommerce.gateway.ip.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IpRoutesTest {

    private static final String COMPLAINTS = "/api/governance/ip/complaints";
    private static final String COMPLAINT = COMPLAINTS + "/" + FakeIpGovernance.COMPLAINT;
    private static final Map<String, Object> DECISION = Map.of("decision", "UPHELD", "reason", "mark used");
    private static final Map<String, Object> NOTICE = Map.of("statement", "licensed", "evidence", List.of());

    @Test
    void aRightsHolderFilesAsTheSubjectOfItsToken() {
        String key = UUID.randomUUID().toString();
        as("rights-holder", "rh-1").contentType("application/json").header("Idempotency-Key", key)
                .header("X-Rights-Holder-Id", "rh-999")
                .body(Map.of("listingId", UUID.randomUUID().toString(), "basis", "COPYRIGHT"))
                .post(COMPLAINTS)
                .then().statusCode(201).body("complaintId", equalTo(FakeIpGovernance.COMPLAINT.toString()));

        assertEquals("rh-1", FakeIpGovernance.forwarded.get("X-Rights-Holder-Id"), "never the caller's own header");
        assertEquals(key, FakeIpGovernance.forwarded.get("Idempotency-Key"));
    }

    @Test
    void onlyRightsHoldersFileAndTheyNeedAnIdempotencyKey() {
        for (String role : List.of("merchant", "reviewer", "buyer")) {
            as(role, "x-1").contentType("application/json").header("Idempotency-Key", "k").body(Map.of())
                    .post(COMPLAINTS).then().statusCode(403)
                    .body("type", equalTo("urn:livecommerce:problem:forbidden"));
        }
        as("rights-holder", "rh-1").contentType("application/json").body(Map.of()).post(COMPLAINTS)
                .then().statusCode(400).body("errors[0].field", equalTo("idempotencyKey"));
    }

    @Test
    void eachPartyReadsItsOwnComplaintAndOthersFindNothing() {
        as("rights-holder", "rh-1").get(COMPLAINT).then().statusCode(200);
        as("merchant", "m-1").get(COMPLAINT).then().statusCode(200);
        as("reviewer", "rv-1").get(COMPLAINT).then().statusCode(200);
        as("operator", "op-1").get(COMPLAINT + "/audit").then().statusCode(200).body("[0].step", equalTo("FILED"));
        as("merchant", "m-1").get(COMPLAINT + "/audit").then().statusCode(200);

        String missing = as("rights-holder", "rh-2").get(COMPLAINTS + "/" + UUID.randomUUID()).then()
                .statusCode(404).extract().path("type");
        for (var other : List.of(as("rights-holder", "rh-2"), as("merchant", "m-2"))) {
            other.get(COMPLAINT).then().statusCode(404).body("type", equalTo(missing));
        }
        as("merchant", "m-2").get(COMPLAINT + "/audit").then().statusCode(404);
        as("buyer", "b-1").get(COMPLAINT).then().statusCode(403);
    }

    @Test
    void listsAreNarrowedToTheCallersOwnComplaints() {
        as("rights-holder", "rh-1").queryParam("rightsHolderId", "rh-2").queryParam("merchantId", "m-9")
                .get(COMPLAINTS).then().statusCode(200);
        assertEquals("rh-1", FakeIpGovernance.forwarded.get("rightsHolderId"));
        assertEquals("null", FakeIpGovernance.forwarded.get("merchantId"));

        as("merchant", "m-1").queryParam("rightsHolderId", "rh-2").queryParam("status", "UPHELD").get(COMPLAINTS)
                .then().statusCode(200);
        assertEquals("null", FakeIpGovernance.forwarded.get("rightsHolderId"));
        assertEquals("m-1", FakeIpGovernance.forwarded.get("merchantId"));
        assertEquals("UPHELD", FakeIpGovernance.forwarded.get("status"));

        as("reviewer", "rv-1").queryParam("merchantId", "m-9").get(COMPLAINTS).then().statusCode(200);
        assertEquals("m-9", FakeIpGovernance.forwarded.get("merchantId"));
    }

    @Test
    void reviewersAndOperatorsDecideUnderTheirOwnName() {
        as("reviewer", "rv-7").contentType("application/json").header("Idempotency-Key", "k-1").body(DECISION)
                .post(COMPLAINT + "/decisions").then().statusCode(200);
        assertEquals("reviewer", FakeIpGovernance.forwarded.get("X-Actor-Role"));
        assertEquals("rv-7", FakeIpGovernance.forwarded.get("X-Actor-Id"));

        as("operator", "op-3").contentType("application/json").header("Idempotency-Key", "k-2").body(DECISION)
                .post(COMPLAINT + "/decisions").then().statusCode(200);
        assertEquals("operator", FakeIpGovernance.forwarded.get("X-Actor-Role"));

        for (String role : List.of("merchant", "rights-holder")) {
            as(role, "x-1").contentType("application/json").header("Idempotency-Key", "k").body(DECISION)
                    .post(COMPLAINT + "/decisions").then().statusCode(403);
        }
    }

    @Test
    void theServicesConflictIsPassedOn() {
        as("reviewer", "rv-7").contentType("application/json").header("Idempotency-Key", "k-3")
                .body(Map.of("decision", "RESTORED", "reason", "licensed"))
                .post(COMPLAINT + "/decisions").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:illegal-complaint-step"));
    }

    @Test
    void merchantsFileCounterNoticesForTheMerchantTheirTokenProves() {
        as("merchant", "m-1").contentType("application/json").header("Idempotency-Key", "k-4")
                .header("X-Merchant-Id", "m-999").body(NOTICE)
                .post(COMPLAINT + "/counter-notice").then().statusCode(200);
        assertEquals("m-1", FakeIpGovernance.forwarded.get("X-Merchant-Id"));

        as("rights-holder", "rh-1").contentType("application/json").header("Idempotency-Key", "k").body(NOTICE)
                .post(COMPLAINT + "/counter-notice").then().statusCode(403);
    }

    @Test
    void trademarksBelongToTheirRightsHolder() {
        String trademark = "/api/governance/ip/trademarks/" + FakeIpGovernance.TRADEMARK;
        as("rights-holder", "rh-3").contentType("application/json").header("Idempotency-Key", "k-5")
                .body(Map.of("name", "兰芝")).post("/api/governance/ip/trademarks").then().statusCode(201)
                .body("rightsHolderId", equalTo("rh-3"));
        as("rights-holder", "rh-3").get("/api/governance/ip/trademarks").then().statusCode(200);
        assertEquals("rh-3", FakeIpGovernance.forwarded.get("rightsHolderId"));

        as("rights-holder", "rh-1").get(trademark).then().statusCode(200);
        as("reviewer", "rv-1").get(trademark).then().statusCode(200);
        as("rights-holder", "rh-3").get(trademark).then().statusCode(404);
        as("merchant", "m-1").contentType("application/json").header("Idempotency-Key", "k").body(Map.of())
                .post("/api/governance/ip/trademarks").then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get(COMPLAINT).then().statusCode(401).contentType("application/problem+json");
    }
}
