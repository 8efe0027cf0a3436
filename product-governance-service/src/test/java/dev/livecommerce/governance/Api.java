package dev.livecommerce.governance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.livecommerce.kit.testing.TopicRecords;
import io.restassured.response.ValidatableResponse;

/** Calls of the service's internal API and the broker, shared by the tests. */
public final class Api {

    public static final String JSON = "application/json; charset=UTF-8";

    private Api() {
    }

    /** A listing in a category that needs no qualification documents, so only its text decides it. */
    public static Map<String, Object> listing(String title) {
        return Map.of("title", title, "description", "纯棉面料，机洗不变形", "category", "APPAREL", "priceFen", 9900);
    }

    public static ValidatableResponse submit(String merchantId, String idempotencyKey, Object body) {
        return given().contentType(JSON)
                .header("X-Merchant-Id", merchantId)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .post("/listings")
                .then();
    }

    public static UUID submitted(String merchantId, String title) {
        String id = submit(merchantId, UUID.randomUUID().toString(), listing(title)).statusCode(202)
                .extract().path("listingId");
        return UUID.fromString(id);
    }

    /** Waits until the listing's review decision is readable, and returns the listing. */
    public static ValidatableResponse awaitDecision(UUID id) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(
                () -> given().get("/listings/" + id).then().extract().path("decision") != null);
        return given().get("/listings/" + id).then().statusCode(200);
    }

    public static TopicRecords broker() {
        return new TopicRecords(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }
}
