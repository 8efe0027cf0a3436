package dev.livecommerce.governance.ip;

import static dev.livecommerce.governance.Api.JSON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.livecommerce.governance.Api;
import io.restassured.response.ValidatableResponse;

/** Calls of the service's internal IP API, shared by the IP tests. */
final class Ip {

    private Ip() {
    }

    static ValidatableResponse registerTrademark(String rightsHolderId, String key, String number) {
        return given().contentType(JSON).header("X-Rights-Holder-Id", rightsHolderId).header("Idempotency-Key", key)
                .body(Map.of("name", "兰芝 LANZHI", "registrationNumber", number, "classes", List.of(3, 35),
                        "validUntil", LocalDate.now().plusYears(5).toString()))
                .post("/ip/trademarks").then();
    }

    static UUID trademark(String rightsHolderId) {
        return UUID.fromString(registerTrademark(rightsHolderId, UUID.randomUUID().toString(),
                "TM-" + UUID.randomUUID()).statusCode(201).extract().path("trademarkId"));
    }

    static Map<String, Object> trademarkComplaint(UUID listingId, UUID trademarkId) {
        return Map.of("listingId", listingId.toString(), "basis", "TRADEMARK", "trademarkId", trademarkId.toString(),
                "statement", "The title uses our registered mark 兰芝 without authorisation",
                "evidence",
                List.of("https://tmsearch.example/registrations/8812345", "Brand authorisation list, 2025"));
    }

    static ValidatableResponse file(String rightsHolderId, String key, Object complaint) {
        return given().contentType(JSON).header("X-Rights-Holder-Id", rightsHolderId).header("Idempotency-Key", key)
                .body(complaint).post("/ip/complaints").then();
    }

    static UUID filed(String rightsHolderId, Object complaint) {
        return UUID.fromString(file(rightsHolderId, UUID.randomUUID().toString(), complaint).statusCode(201)
                .body("status", equalTo("FILED")).extract().path("complaintId"));
    }

    static ValidatableResponse decide(UUID complaintId, String decision, String key) {
        return given().contentType(JSON).header("X-Actor-Role", "reviewer").header("X-Actor-Id", "rv-0042")
                .header("Idempotency-Key", key)
                .body(Map.of("decision", decision, "reason", "Decided on the evidence: " + decision))
                .post("/ip/complaints/" + complaintId + "/decisions").then();
    }

    static ValidatableResponse decide(UUID complaintId, String decision) {
        return decide(complaintId, decision, UUID.randomUUID().toString());
    }

    static ValidatableResponse counterNotice(UUID complaintId, String merchantId, String key) {
        return given().contentType(JSON).header("X-Merchant-Id", merchantId).header("Idempotency-Key", key)
                .body(Map.of("statement", "We are an authorised distributor of the brand",
                        "evidence", List.of("Distribution licence no. 2025-0413")))
                .post("/ip/complaints/" + complaintId + "/counter-notice").then();
    }

    static ValidatableResponse counterNotice(UUID complaintId, String merchantId) {
        return counterNotice(complaintId, merchantId, UUID.randomUUID().toString());
    }

    /** A listing of {@code merchantId} that its review approved. */
    static UUID approvedListing(String merchantId) {
        UUID listing = Api.submitted(merchantId, "保湿面霜 50ml 温和配方");
        Api.awaitDecision(listing).body("status", equalTo("APPROVED"));
        return listing;
    }

    static String listingStatus(UUID listingId) {
        return given().get("/listings/" + listingId).then().statusCode(200).extract().path("status");
    }
}
