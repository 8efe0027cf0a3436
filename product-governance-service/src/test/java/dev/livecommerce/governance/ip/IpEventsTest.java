package dev.livecommerce.governance.ip;

import static dev.livecommerce.governance.image.Uploads.asMerchant;
import static dev.livecommerce.governance.image.Uploads.asRightsHolder;
import static dev.livecommerce.governance.image.Uploads.freshSeed;
import static dev.livecommerce.governance.image.Uploads.imageId;
import static dev.livecommerce.governance.image.Uploads.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.governance.Api;
import dev.livecommerce.governance.image.Pictures;
import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;

/** What subscribers read on the IP and takedown topics, checked against the published schemas. */
@QuarkusTest
class IpEventsTest {

    @Inject
    ObjectMapper mapper;

    private final EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
    private final TopicRecords broker = Api.broker();

    @Test
    void everyStepOfTheLifecycleIsOnTheWireInItsContract() {
        String merchant = unique("m");
        String holder = unique("rh");
        UUID listing = Ip.approvedListing(merchant);
        UUID complaint = Ip.filed(holder, Ip.trademarkComplaint(listing, Ip.trademark(holder)));
        Ip.decide(complaint, "UPHELD");
        Ip.counterNotice(complaint, merchant);
        Ip.decide(complaint, "RESTORED");

        List<JsonNode> filed = published("ip-complaint-filed", complaint.toString(), 1);
        List<JsonNode> decided = published("ip-complaint-decided", complaint.toString(), 2);
        List<JsonNode> counterNotices = published("ip-counter-notice-filed", complaint.toString(), 1);
        List<JsonNode> takenDown = published("listing-taken-down", listing.toString(), 1);
        List<JsonNode> restored = published("listing-restored", listing.toString(), 1);

        assertEquals("TRADEMARK", filed.get(0).path("data").path("basis").asText());
        assertEquals(holder, filed.get(0).path("data").path("rightsHolderId").asText());
        assertEquals(merchant, filed.get(0).path("data").path("merchantId").asText());
        assertEquals(List.of("UPHELD", "RESTORED"), decided.stream()
                .map(e -> e.path("data").path("decision").asText()).toList());
        assertTrue(decided.get(0).path("data").has("counterNoticeDeadline"));
        assertFalse(decided.get(1).path("data").has("counterNoticeDeadline"), "absent, never null");
        assertEquals("rv-0042", decided.get(0).path("data").path("deciderId").asText());
        assertEquals(listing.toString(), counterNotices.get(0).path("data").path("listingId").asText());
        assertEquals("APPROVED", takenDown.get(0).path("data").path("previousStatus").asText());
        assertEquals(complaint.toString(), takenDown.get(0).path("data").path("causeId").asText());
        assertEquals("APPROVED", restored.get(0).path("data").path("status").asText());
    }

    @Test
    void anImageComplaintPublishesTheCopiesItFound() {
        String merchant = unique("m");
        String studio = unique("rh");
        BufferedImage photo = Pictures.photo(freshSeed(), 640, 480);
        UUID original = imageId(asRightsHolder(studio, Pictures.png(photo)).statusCode(201));
        UUID copy = imageId(asMerchant(merchant, Pictures.png(Pictures.resized(photo, 480, 360))).statusCode(201));
        UUID listing = Ip.approvedListing(merchant);
        given().contentType(Api.JSON).header("X-Merchant-Id", merchant)
                .body(Map.of("imageIds", List.of(copy.toString())))
                .put("/listings/" + listing + "/images").then().statusCode(200);
        UUID complaint = Ip.filed(studio, Map.of("listingId", listing.toString(), "basis", "ORIGINAL_IMAGE",
                "imageId", original.toString(), "statement", "Copied from our catalogue", "evidence", List.of()));

        JsonNode data = published("ip-complaint-filed", complaint.toString(), 1).get(0).path("data");

        assertEquals(original.toString(), data.path("imageId").asText());
        assertFalse(data.has("trademarkId"));
        assertEquals(copy.toString(), data.path("imageMatches").get(0).path("listingImageId").asText());
        assertTrue(data.path("imageMatches").get(0).path("distance").asInt() <= 8);
    }

    /** Waits for {@code count} events with key {@code key} on {@code topic} and checks each against the contract. */
    private List<JsonNode> published(String topic, String key, int count) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> recordsWithKey(topic, key).size() >= count);
        List<TopicRecords.Received> records = recordsWithKey(topic, key);
        assertEquals(count, records.size(), topic + " events with key " + key);
        return records.stream().map(record -> {
            JsonNode event = json(record.value());
            assertEquals(List.of(), schemas.violations(topic, event), topic + " event breaks its schema");
            assertEquals(key, event.path("subject").asText(), "the key is the subject");
            assertEquals("application/cloudevents+json; charset=UTF-8", record.headers().get("content-type"));
            return event;
        }).toList();
    }

    private List<TopicRecords.Received> recordsWithKey(String topic, String key) {
        return broker.readAll(topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    private JsonNode json(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
