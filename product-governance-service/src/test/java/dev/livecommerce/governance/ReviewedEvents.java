package dev.livecommerce.governance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.TopicRecords;
import io.restassured.path.json.JsonPath;

/**
 * Builds listing-reviewed events as the review publishes them, checks them against the contract and puts them on the
 * topic; reads what the penalty ladder made of them.
 */
public final class ReviewedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventSchemas SCHEMAS = new EventSchemas(ReviewedEvents.class.getClassLoader());

    private ReviewedEvents() {
    }

    /** One rule that fired, with the points it carries. */
    public record Finding(String ruleId, int ruleVersion, int points) {
    }

    /** A decision to publish; {@link #event()} renders it as the whole CloudEvent. */
    public record Decision(UUID eventId, UUID listingId, UUID reviewId, int revision, String merchantId,
            String outcome, String reviewerId, OffsetDateTime reviewedAt, List<Finding> findings) {

        public static Decision intercepted(String merchantId, Finding... findings) {
            return new Decision(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, merchantId,
                    "INTERCEPTED", null, now(), List.of(findings));
        }

        public Decision reviewedAt(OffsetDateTime at) {
            return new Decision(eventId, listingId, reviewId, revision, merchantId, outcome, reviewerId, at,
                    findings);
        }

        public Decision queuedForManualReview() {
            return new Decision(eventId, listingId, reviewId, revision, merchantId, "MANUAL_REVIEW", null,
                    reviewedAt, findings);
        }

        /** The reviewer's decision that follows this queued one: a new event and review id, the same findings. */
        public Decision decidedByReviewer(String outcome, OffsetDateTime at) {
            return new Decision(UUID.randomUUID(), listingId, UUID.randomUUID(), revision, merchantId, outcome,
                    "reviewer-wang-fang", at, outcome.equals("APPROVED") ? List.of() : findings);
        }

        /** The same decision published again as another event (a replay by the producer). */
        public Decision republished() {
            return new Decision(UUID.randomUUID(), listingId, reviewId, revision, merchantId, outcome, reviewerId,
                    reviewedAt, findings);
        }

        public int points() {
            return findings.stream().mapToInt(Finding::points).sum();
        }

        public byte[] event() {
            ObjectNode data = JSON.createObjectNode()
                    .put("listingId", listingId.toString())
                    .put("reviewId", reviewId.toString())
                    .put("revision", revision)
                    .put("merchantId", merchantId)
                    .put("outcome", outcome)
                    .put("decidedBy", reviewerId == null ? "RULES" : "REVIEWER");
            if (reviewerId != null) {
                data.put("reviewerId", reviewerId);
            }
            ArrayNode violations = data.putArray("violations");
            for (Finding f : findings) {
                violations.addObject()
                        .put("ruleId", f.ruleId())
                        .put("ruleVersion", f.ruleVersion())
                        .put("type", "PROHIBITED_GOODS")
                        .put("severity", "HIGH")
                        .put("points", f.points())
                        .put("legalBasis", "Platform rules for prohibited goods, 3.1");
            }
            data.put("reviewedAt", reviewedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            ObjectNode event = JSON.createObjectNode()
                    .put("specversion", "1.0")
                    .put("id", eventId.toString())
                    .put("source", "/product-governance-service")
                    .put("type", "dev.livecommerce.listing-reviewed.v1")
                    .put("subject", listingId.toString())
                    .put("time", reviewedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .put("datacontenttype", "application/json")
                    .put("dataschema", "urn:livecommerce:events:listing-reviewed:v1");
            event.set("data", data);
            assertEquals(List.of(), SCHEMAS.violations("listing-reviewed", event), "test event breaks the contract");
            try {
                return JSON.writeValueAsBytes(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public static String newMerchant() {
        return "m-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void publish(TopicRecords broker, Decision decision) {
        broker.send("listing-reviewed", decision.listingId().toString(), decision.event(), Map.of());
    }

    /** Publishes the decision and waits until the merchant's standing lists it. */
    public static JsonPath publishAndSettle(TopicRecords broker, Decision decision) {
        publish(broker, decision);
        return awaitDecisionOnFile(decision.merchantId(), decision.reviewId());
    }

    public static JsonPath standing(String merchantId) {
        return given().get("/merchants/" + merchantId + "/standing").then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath awaitDecisionOnFile(String merchantId, UUID reviewId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(
                () -> standing(merchantId).getList("violations.reviewId").contains(reviewId.toString()));
        return standing(merchantId);
    }

    /** The records on {@code topic} keyed by {@code merchantId}, as parsed JSON, once there are {@code count}. */
    public static List<JsonNode> awaitRecords(TopicRecords broker, String topic, String merchantId, int count) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> records(broker, topic, merchantId).size() >= count);
        return records(broker, topic, merchantId);
    }

    public static List<JsonNode> records(TopicRecords broker, String topic, String merchantId) {
        return broker.readAll(topic).stream().filter(r -> merchantId.equals(r.key())).map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
