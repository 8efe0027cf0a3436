package dev.livecommerce.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.TopicRecords;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/** The foundation's acceptance flow, through the gateway of the running suite. */
class ListingFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static String merchant;
    private static String otherMerchant;

    @BeforeAll
    static void tokens() {
        RestAssured.baseURI = Suite.GATEWAY_URL;
        merchant = Suite.token("merchant", "m-flow-" + RUN);
        otherMerchant = Suite.token("merchant", "m-other-" + RUN);
    }

    @Test
    void anAbsoluteTermIsInterceptedWithItsSpanWithinTwoSeconds() {
        // The 2 s are those of a suite in normal operation: one untimed round trip first, so that consumers still
        // rejoining their groups after another test's broker restart or service kill are not what is timed.
        awaitDecision(merchant, submit(merchant, listing("羊毛围巾 预热")).statusCode(202).extract().path("listingId"));
        long started = System.nanoTime();
        String id = submit(merchant, listing("全网最好的羊毛围巾")).statusCode(202).extract().path("listingId");

        ValidatableResponse decided = awaitDecision(merchant, id);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        decided.body("status", equalTo("INTERCEPTED"))
                .body("decision.violations[0].type", equalTo("ABSOLUTE_TERM"))
                .body("decision.violations[0].start", equalTo(2))
                .body("decision.violations[0].end", equalTo(4))
                .body("decision.violations[0].matchedText", equalTo("最好"));
        System.out.printf("submit -> decision readable through the gateway: %d ms%n", elapsedMs);
        assertTrue(elapsedMs < 2_000, "decision took " + elapsedMs + " ms");
    }

    @Test
    void aPlainListingIsApprovedAndHiddenFromOtherMerchants() {
        String id = submit(merchant, listing("加厚羊毛围巾 180cm")).statusCode(202).extract().path("listingId");

        awaitDecision(merchant, id).body("status", equalTo("APPROVED"));
        given().auth().oauth2(otherMerchant).get("/api/listings/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Suite.token("reviewer", null)).get("/api/listings/" + id).then().statusCode(200);
    }

    @Test
    void badInputIsABadRequestProblem() {
        given().auth().oauth2(merchant).contentType("application/json; charset=UTF-8")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"title\": \"面霜\"").post("/api/listings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:malformed-json"));
        submit(merchant, Map.of("description", "x")).statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("category"))
                .body("errors.field", hasItem("priceFen"));
        submit(merchant, Map.of("title", "好".repeat(350_000), "description", "", "category", "HOME",
                "priceFen", 100)).statusCode(400)
                .body("errors.field", hasItem("title"));
    }

    @Test
    void aPlainSubscriberSeesValidCloudEvents() {
        String id = submit(merchant, listing("国家级羊毛围巾")).statusCode(202).extract().path("listingId");
        awaitDecision(merchant, id);
        EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
        TopicRecords broker = Suite.broker();

        await().atMost(Duration.ofSeconds(10)).until(() -> !about(broker.readAll("listing-reviewed"), id).isEmpty());
        List<TopicRecords.Received> ours = about(broker.readAll("listing-reviewed"), id);
        assertEquals(1, ours.size());
        JsonNode event = read(ours.get(0).value());
        assertEquals(List.of(), schemas.violations("listing-reviewed", event));
        assertEquals("application/cloudevents+json; charset=UTF-8", ours.get(0).headers().get("content-type"));
        assertEquals("INTERCEPTED", event.get("data").get("outcome").asText());
    }

    static Map<String, Object> listing(String title) {
        return Map.of("title", title, "description", "纯棉面料，做工精细", "category", "APPAREL", "priceFen", 12900);
    }

    static ValidatableResponse submit(String token, Object body) {
        return given().auth().oauth2(token).contentType("application/json; charset=UTF-8")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/listings").then();
    }

    static ValidatableResponse awaitDecision(String token, String id) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25)).until(() -> given().auth()
                .oauth2(token).get("/api/listings/" + id).then().extract().path("decision") != null);
        return given().auth().oauth2(token).get("/api/listings/" + id).then().statusCode(200);
    }

    private static List<TopicRecords.Received> about(List<TopicRecords.Received> records, String listingId) {
        return records.stream().filter(r -> listingId.equals(r.key())).toList();
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
