package dev.livecommerce.governance.ip;

import static dev.livecommerce.governance.image.Uploads.asMerchant;
import static dev.livecommerce.governance.image.Uploads.asRightsHolder;
import static dev.livecommerce.governance.image.Uploads.freshSeed;
import static dev.livecommerce.governance.image.Uploads.imageId;
import static dev.livecommerce.governance.image.Uploads.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.Api;
import dev.livecommerce.governance.image.Pictures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The complaint lifecycle through the service's API on the real database. */
@QuarkusTest
class ComplaintLifecycleApiTest {

    @Inject
    EntityManager em;

    @Test
    void anUpheldComplaintTakesTheListingDownAndASuccessfulCounterNoticePutsItBack() {
        String merchant = unique("m");
        String holder = unique("rh");
        UUID listing = Ip.approvedListing(merchant);
        UUID complaint = Ip.filed(holder, Ip.trademarkComplaint(listing, Ip.trademark(holder)));

        Ip.decide(complaint, "UPHELD").statusCode(200)
                .body("status", equalTo("UPHELD"))
                .body("upheldAt", notNullValue())
                .body("counterNoticeDeadline", notNullValue());
        assertEquals("TAKEN_DOWN", Ip.listingStatus(listing));

        Ip.counterNotice(complaint, merchant).statusCode(200)
                .body("status", equalTo("COUNTER_NOTICE_FILED"))
                .body("counterNotice.evidence[0]", equalTo("Distribution licence no. 2025-0413"));
        Ip.decide(complaint, "RESTORED").statusCode(200).body("status", equalTo("RESTORED"));
        assertEquals("APPROVED", Ip.listingStatus(listing));

        given().get("/ip/complaints/" + complaint + "/audit").then().statusCode(200)
                .body("step", equalTo(List.of("FILED", "UPHELD", "COUNTER_NOTICE_FILED", "RESTORED")))
                .body("actorRole", equalTo(List.of("rights-holder", "reviewer", "merchant", "reviewer")))
                .body("actorId", equalTo(List.of(holder, "rv-0042", merchant, "rv-0042")))
                .body("[1].detail", containsString("listing taken down (was APPROVED)"))
                .body("[3].detail", containsString("listing restored to APPROVED"));
    }

    @Test
    void aConfirmedTakedownKeepsTheListingDownAndARejectionLeavesItAlone() {
        String merchant = unique("m");
        String holder = unique("rh");
        UUID confirmed = Ip.approvedListing(merchant);
        UUID complaint = Ip.filed(holder, Ip.trademarkComplaint(confirmed, Ip.trademark(holder)));
        Ip.decide(complaint, "UPHELD").statusCode(200);
        Ip.counterNotice(complaint, merchant).statusCode(200);
        Ip.decide(complaint, "TAKEDOWN_CONFIRMED").statusCode(200).body("status", equalTo("TAKEDOWN_CONFIRMED"));
        assertEquals("TAKEN_DOWN", Ip.listingStatus(confirmed));

        UUID rejected = Ip.approvedListing(merchant);
        UUID unfounded = Ip.filed(holder, Ip.trademarkComplaint(rejected, Ip.trademark(holder)));
        Ip.decide(unfounded, "REJECTED").statusCode(200).body("status", equalTo("REJECTED"));
        assertEquals("APPROVED", Ip.listingStatus(rejected));
    }

    @Test
    void illegalStepsAreConflictsNamingTheCurrentStatus() {
        String merchant = unique("m");
        String holder = unique("rh");
        UUID complaint = Ip.filed(holder, Ip.trademarkComplaint(Ip.approvedListing(merchant), Ip.trademark(holder)));

        Ip.decide(complaint, "RESTORED").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:illegal-complaint-step"))
                .body("detail", containsString("the complaint is FILED"));
        Ip.counterNotice(complaint, merchant).statusCode(409).body("detail", containsString("FILED"));
        Ip.decide(complaint, "UPHELD").statusCode(200);
        Ip.decide(complaint, "UPHELD").statusCode(409).body("detail", containsString("the complaint is UPHELD"));
        Ip.decide(complaint, "REJECTED").statusCode(409).body("detail", containsString("UPHELD"));

        UUID rejected = Ip.filed(holder, Ip.trademarkComplaint(Ip.approvedListing(merchant), Ip.trademark(holder)));
        Ip.decide(rejected, "REJECTED").statusCode(200);
        Ip.decide(rejected, "UPHELD").statusCode(409).body("detail", containsString("closed"));
    }

    @Test
    void theWrongPartyFindsNothingOrIsRefused() {
        String merchant = unique("m");
        String holder = unique("rh");
        UUID listing = Ip.approvedListing(merchant);
        UUID complaint = Ip.filed(holder, Ip.trademarkComplaint(listing, Ip.trademark(holder)));
        Ip.decide(complaint, "UPHELD").statusCode(200);

        Ip.counterNotice(complaint, unique("m")).statusCode(404)
                .body("type", equalTo("urn:livecommerce:problem:not-found"));
        String otherHolder = unique("rh");
        Ip.file(otherHolder, UUID.randomUUID().toString(), Ip.trademarkComplaint(listing, Ip.trademark(holder)))
                .statusCode(422)
                .body("errors[0].field", equalTo("trademarkId"));
        UUID someoneElsesPicture = imageId(asRightsHolder(holder, Pictures.png(Pictures.photo(freshSeed(), 200,
                200))));
        Ip.file(otherHolder, UUID.randomUUID().toString(), Map.of("listingId", listing.toString(), "basis",
                "ORIGINAL_IMAGE", "imageId", someoneElsesPicture.toString(), "statement", "ours", "evidence",
                List.of())).statusCode(422).body("errors[0].field", equalTo("imageId"));
        Ip.file(holder, UUID.randomUUID().toString(), Ip.trademarkComplaint(listing, Ip.trademark(holder)))
                .statusCode(409)
                .body("type", equalTo("urn:livecommerce:problem:complaint-already-open"));
        Ip.file(holder, UUID.randomUUID().toString(), Ip.trademarkComplaint(UUID.randomUUID(), Ip.trademark(holder)))
                .statusCode(422).body("errors[0].field", equalTo("listingId"));
    }

    @Test
    void retriesWithTheSameKeyHaveOneEffectAndAReusedKeyIsRefused() {
        String merchant = unique("m");
        String holder = unique("rh");
        UUID listing = Ip.approvedListing(merchant);
        Map<String, Object> body = Ip.trademarkComplaint(listing, Ip.trademark(holder));
        String fileKey = UUID.randomUUID().toString();
        String first = Ip.file(holder, fileKey, body).statusCode(201).extract().path("complaintId");
        String second = Ip.file(holder, fileKey, body).statusCode(201).extract().path("complaintId");
        assertEquals(first, second);
        UUID complaint = UUID.fromString(first);

        String decideKey = UUID.randomUUID().toString();
        Ip.decide(complaint, "UPHELD", decideKey).statusCode(200).body("status", equalTo("UPHELD"));
        Ip.decide(complaint, "UPHELD", decideKey).statusCode(200).body("status", equalTo("UPHELD"));
        Ip.decide(complaint, "REJECTED", decideKey).statusCode(422)
                .body("type", equalTo("urn:livecommerce:problem:idempotency-key-reused"));
        String noticeKey = UUID.randomUUID().toString();
        Ip.counterNotice(complaint, merchant, noticeKey).statusCode(200);
        Ip.counterNotice(complaint, merchant, noticeKey).statusCode(200)
                .body("status", equalTo("COUNTER_NOTICE_FILED"));

        assertEquals(1L, count("select count(*) from ip_complaint where rights_holder_id = ?1", holder));
        assertEquals(3L, count("select count(*) from ip_audit where complaint_id = cast(?1 as uuid)", first));
        assertEquals(1L, count("select count(*) from outbox_event where topic = 'ip-complaint-filed' "
                + "and record_key = ?1", first));
        assertEquals(1L, count("select count(*) from outbox_event where topic = 'ip-complaint-decided' "
                + "and record_key = ?1", first));
        assertEquals(1L, count("select count(*) from outbox_event where topic = 'listing-taken-down' "
                + "and record_key = ?1", listing.toString()));
        Ip.file(holder, fileKey, Ip.trademarkComplaint(Ip.approvedListing(merchant), Ip.trademark(holder)))
                .statusCode(422).body("type", equalTo("urn:livecommerce:problem:idempotency-key-reused"));
    }

    @Test
    void aListingHeldDownByTwoComplaintsComesBackOnlyWhenBothAreRestored() {
        String merchant = unique("m");
        String first = unique("rh");
        String second = unique("rh");
        UUID listing = Ip.approvedListing(merchant);
        UUID a = Ip.filed(first, Ip.trademarkComplaint(listing, Ip.trademark(first)));
        UUID b = Ip.filed(second, Ip.trademarkComplaint(listing, Ip.trademark(second)));
        Ip.decide(a, "UPHELD").statusCode(200);
        Ip.decide(b, "UPHELD").statusCode(200);
        Ip.counterNotice(a, merchant).statusCode(200);
        Ip.counterNotice(b, merchant).statusCode(200);

        Ip.decide(a, "RESTORED").statusCode(200);
        assertEquals("TAKEN_DOWN", Ip.listingStatus(listing));
        given().get("/ip/complaints/" + a + "/audit").then()
                .body("[3].detail", containsString("listing stays taken down: complaint " + b));

        Ip.decide(b, "RESTORED").statusCode(200);
        assertEquals("APPROVED", Ip.listingStatus(listing));
    }

    @Test
    void aCounterNoticeAfterTheWindowIsRefused() {
        String merchant = unique("m");
        String holder = unique("rh");
        UUID complaint = Ip.filed(holder, Ip.trademarkComplaint(Ip.approvedListing(merchant), Ip.trademark(holder)));
        Ip.decide(complaint, "UPHELD").statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update ip_complaint set upheld_at = upheld_at - interval '15 days 1 second' where id = ?1")
                .setParameter(1, complaint).executeUpdate());

        Ip.counterNotice(complaint, merchant).statusCode(409)
                .body("type", equalTo("urn:livecommerce:problem:counter-notice-window-closed"));
    }

    @Test
    void anImageComplaintCarriesTheCopiesFoundAmongTheListingsPictures() {
        String merchant = unique("m");
        String studio = unique("rh");
        BufferedImage photo = Pictures.photo(freshSeed(), 800, 600);
        UUID original = imageId(asRightsHolder(studio, Pictures.png(photo)).statusCode(201));
        UUID copy = imageId(asMerchant(merchant, Pictures.png(Pictures.resized(photo, 600, 450)))
                .statusCode(201));
        UUID ownPhoto = imageId(asMerchant(merchant, Pictures.png(Pictures.photo(freshSeed(), 600, 450))));
        UUID listing = Ip.approvedListing(merchant);
        given().contentType(Api.JSON).header("X-Merchant-Id", merchant)
                .body(Map.of("imageIds", List.of(ownPhoto.toString(), copy.toString())))
                .put("/listings/" + listing + "/images").then().statusCode(200);

        Ip.file(studio, UUID.randomUUID().toString(), Map.of("listingId", listing.toString(), "basis",
                "ORIGINAL_IMAGE", "imageId", original.toString(), "statement", "Our studio's photo, shot in 2024",
                "evidence", List.of("RAW files available on request"))).statusCode(201)
                .body("imageMatches", hasSize(1))
                .body("imageMatches[0].listingImageId", equalTo(copy.toString()))
                .body("imageMatches[0].originalImageId", equalTo(original.toString()))
                .body("imageMatches[0].distance", lessThanOrEqualTo(8))
                .body("trademarkId", nullValue());
    }

    @Test
    void complaintsAreListedPerPartyAndStatus() {
        String merchant = unique("m");
        String holder = unique("rh");
        UUID complaint = Ip.filed(holder, Ip.trademarkComplaint(Ip.approvedListing(merchant), Ip.trademark(holder)));

        given().queryParam("rightsHolderId", holder).get("/ip/complaints").then().statusCode(200)
                .body("complaintId", equalTo(List.of(complaint.toString())));
        given().queryParam("merchantId", merchant).queryParam("status", "FILED").get("/ip/complaints").then()
                .body("complaintId", hasItem(complaint.toString()));
        given().queryParam("merchantId", merchant).queryParam("status", "UPHELD").get("/ip/complaints").then()
                .body("", hasSize(0));
        given().queryParam("status", "SETTLED").get("/ip/complaints").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
