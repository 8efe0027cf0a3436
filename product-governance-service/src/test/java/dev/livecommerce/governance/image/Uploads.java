package dev.livecommerce.governance.image;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.response.ValidatableResponse;

/** Picture uploads through the service's internal API, shared by the image and IP tests. */
public final class Uploads {

    private Uploads() {
    }

    public static ValidatableResponse upload(String ownerHeader, String ownerId, String contentType, byte[] bytes) {
        return given().header(ownerHeader, ownerId).contentType(contentType).body(bytes).post("/images").then();
    }

    public static ValidatableResponse asMerchant(String merchantId, byte[] png) {
        return upload("X-Merchant-Id", merchantId, "image/png", png);
    }

    public static ValidatableResponse asRightsHolder(String rightsHolderId, byte[] png) {
        return upload("X-Rights-Holder-Id", rightsHolderId, "image/png", png);
    }

    public static UUID imageId(ValidatableResponse response) {
        return UUID.fromString(response.extract().path("imageId"));
    }

    /** A seed no other test run used, so pictures of earlier runs in the same database never match. */
    public static long freshSeed() {
        return UUID.randomUUID().getMostSignificantBits();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
