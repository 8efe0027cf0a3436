package dev.livecommerce.gateway.image;

import static dev.livecommerce.gateway.ip.Tokens.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class ImageRoutesTest {

    private static final String IMAGES = "/api/governance/images";

    @Test
    void aMerchantsPictureGoesOnByteForByteUnderItsMerchantId() throws Exception {
        byte[] picture = new byte[3 * 1024 * 1024];
        new Random(3).nextBytes(picture);

        as("merchant", "m-1").contentType("image/jpeg").header("X-Rights-Holder-Id", "rh-9").body(picture)
                .post(IMAGES).then().statusCode(201);

        assertEquals("m-1", FakeImages.forwarded.get("X-Merchant-Id"));
        assertEquals("null", FakeImages.forwarded.get("X-Rights-Holder-Id"), "never the caller's own header");
        assertTrue(FakeImages.forwarded.get("Content-Type").startsWith("image/jpeg"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(picture)),
                FakeImages.forwarded.get("sha256"));
    }

    @Test
    void aRightsHoldersPictureGoesOnUnderItsSubject() {
        as("rights-holder", "rh-1").contentType("image/png").body(new byte[]{1, 2, 3}).post(IMAGES)
                .then().statusCode(201);

        assertEquals("rh-1", FakeImages.forwarded.get("X-Rights-Holder-Id"));
        assertEquals("null", FakeImages.forwarded.get("X-Merchant-Id"));
        assertTrue(FakeImages.forwarded.get("Content-Type").startsWith("image/png"));
    }

    @Test
    void otherRolesAndTwoFacedTokensMayNotUpload() {
        as("buyer", "b-1").contentType("image/png").body(new byte[]{1}).post(IMAGES).then().statusCode(403);
        as("reviewer", "rv-1").contentType("image/png").body(new byte[]{1}).post(IMAGES).then().statusCode(403);
        String both = Jwt.issuer("live-commerce-suite").subject("x-1").groups(Set.of("merchant",
                "rights-holder")).claim("merchant_id", "m-1").sign();
        given().auth().oauth2(both).contentType("image/png").body(new byte[]{1})
                .post(IMAGES).then().statusCode(403)
                .body("type", equalTo("urn:livecommerce:problem:ambiguous-uploader"));
    }

    @Test
    void aPictureIsReadByItsUploaderAndStaffOnly() {
        String original = IMAGES + "/" + FakeImages.ORIGINAL;
        as("rights-holder", "rh-1").get(original).then().statusCode(200);
        as("operator", "op-1").get(original).then().statusCode(200);
        as("rights-holder", "rh-2").get(original).then().statusCode(404);
        as("merchant", "rh-1").get(original).then().statusCode(404);
    }

    @Test
    void aMerchantSetsItsListingsPictures() {
        UUID listing = UUID.randomUUID();
        String image = UUID.randomUUID().toString();
        as("merchant", "m-4").contentType("application/json").header("X-Merchant-Id", "m-999")
                .body(Map.of("imageIds", List.of(image)))
                .put("/api/listings/" + listing + "/images").then().statusCode(200)
                .body("listingId", equalTo(listing.toString()));

        assertEquals("m-4", FakeImages.forwarded.get("X-Merchant-Id"));
        assertEquals("[\"" + image + "\"]", FakeImages.forwarded.get("imageIds"));
        as("rights-holder", "rh-1").contentType("application/json").body(Map.of("imageIds", List.of()))
                .put("/api/listings/" + listing + "/images").then().statusCode(403);
    }
}
