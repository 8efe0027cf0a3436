package dev.livecommerce.governance.image;

import static dev.livecommerce.governance.image.Uploads.asMerchant;
import static dev.livecommerce.governance.image.Uploads.asRightsHolder;
import static dev.livecommerce.governance.image.Uploads.freshSeed;
import static dev.livecommerce.governance.image.Uploads.imageId;
import static dev.livecommerce.governance.image.Uploads.unique;
import static dev.livecommerce.governance.image.Uploads.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImageApiTest {

    @Test
    void aPictureIsRegisteredWithItsFingerprint() {
        String merchant = unique("m");
        byte[] png = Pictures.png(Pictures.photo(freshSeed(), 640, 480));

        asMerchant(merchant, png).statusCode(201)
                .header("Location", containsString("/images/"))
                .body("phash", matchesPattern("[0-9a-f]{16}"))
                .body("sha256", matchesPattern("[0-9a-f]{64}"))
                .body("ownerKind", equalTo("MERCHANT"))
                .body("ownerId", equalTo(merchant))
                .body("widthPx", equalTo(640))
                .body("registeredAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"))
                .body("originalOf", nullValue());
    }

    @Test
    void theSameOwnerSendingTheSameBytesGetsTheFirstRecord() {
        String merchant = unique("m");
        byte[] png = Pictures.png(Pictures.photo(freshSeed(), 320, 240));
        UUID first = imageId(asMerchant(merchant, png).statusCode(201));
        String registeredAt = given().get("/images/" + first).then().extract().path("registeredAt");

        asMerchant(merchant, png).statusCode(200)
                .body("imageId", equalTo(first.toString()))
                .body("registeredAt", equalTo(registeredAt));
    }

    @Test
    void aLaterCopyByAnotherOwnerNamesTheEarliestUploaderAsTheOriginal() {
        BufferedImage photo = Pictures.photo(freshSeed(), 800, 600);
        String studio = unique("rh");
        UUID original = imageId(asRightsHolder(studio, Pictures.png(photo)).statusCode(201));
        String firstCopier = unique("m");
        asMerchant(firstCopier, Pictures.png(Pictures.resized(photo, 400, 300))).statusCode(201)
                .body("originalOf.imageId", equalTo(original.toString()));

        byte[] reEncodedBrighter = Pictures.jpeg(Pictures.brightened(Pictures.resized(photo, 1000, 750), 1.08), 0.7f);
        upload("X-Merchant-Id", unique("m"), "image/jpeg", reEncodedBrighter).statusCode(201)
                .body("originalOf.imageId", equalTo(original.toString()))
                .body("originalOf.ownerKind", equalTo("RIGHTS_HOLDER"))
                .body("originalOf.ownerId", equalTo(studio))
                .body("originalOf.distance", lessThanOrEqualTo(8));
        given().get("/images/" + original).then().statusCode(200).body("originalOf", nullValue());
    }

    @Test
    void anOwnersOwnEarlierPictureIsNoOriginal() {
        String merchant = unique("m");
        BufferedImage photo = Pictures.photo(freshSeed(), 640, 480);
        asMerchant(merchant, Pictures.png(photo)).statusCode(201);

        asMerchant(merchant, Pictures.png(Pictures.resized(photo, 320, 240))).statusCode(201)
                .body("originalOf", nullValue());
    }

    @Test
    void anotherMediaTypeIsRefusedSayingWhich() {
        upload("X-Merchant-Id", "m-1", "image/gif", "GIF89a".getBytes()).statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:unsupported-media-type"))
                .body("detail", containsString("image/png or image/jpeg"))
                .body("detail", containsString("image/gif"));
    }

    @Test
    void bytesThatAreNotTheDeclaredPictureAreUnprocessable() {
        byte[] jpeg = Pictures.jpeg(Pictures.photo(freshSeed(), 100, 100), 0.8f);
        upload("X-Merchant-Id", "m-1", "image/png", jpeg).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:unreadable-image"))
                .body("detail", containsString("image/png"));
    }

    @Test
    void aPictureOverFiveMegabytesIsTooLarge() {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        new Random(1).nextBytes(large);
        asMerchant("m-1", large).statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:image-too-large"))
                .body("detail", containsString("5242880"));
    }

    @Test
    void exactlyOneUploaderIsRequired() {
        byte[] png = Pictures.png(Pictures.photo(1, 40, 40));
        given().contentType("image/png").body(png).post("/images").then().statusCode(400)
                .body("errors[0].field", equalTo("owner"));
        given().header("X-Merchant-Id", "m-1").header("X-Rights-Holder-Id", "rh-1").contentType("image/png")
                .body(png).post("/images").then().statusCode(400);
    }

    @Test
    void anUnknownPictureIsNotFound() {
        given().get("/images/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:livecommerce:problem:not-found"));
    }

    @Test
    void hexOfTheHashIsWhatTheServiceStores() {
        BufferedImage photo = Pictures.photo(freshSeed(), 300, 200);
        String phash = asMerchant(unique("m"), Pictures.png(photo)).statusCode(201).extract().path("phash");
        assertEquals(PerceptualHash.hex(PerceptualHash.of(photo)), phash);
    }
}
