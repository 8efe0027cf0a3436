package dev.livecommerce.governance.score;

import static dev.livecommerce.governance.score.ScoreInputEvents.json;
import static dev.livecommerce.governance.score.ScoreInputEvents.newMerchant;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.livecommerce.governance.Api;
import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.ContractExamples;
import dev.livecommerce.kit.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The scores' inputs on the real broker and database: what each moves, what merchant-score-changed says on the wire,
 * and how duplicates, poison and old facts are treated.
 */
@QuarkusTest
class ScoreEventsTest {

    private static final String CHANGED = "merchant-score-changed";
    private static final String DEAD_LETTER = "product-governance-service.dead-letter";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    private final ScoreInputEvents inputs = new ScoreInputEvents();
    private final TopicRecords broker = Api.broker();
    private final EventSchemas schemas = new EventSchemas(getClass().getClassLoader());

    @Test
    void everyValidExampleOfEveryInputIsStoredAsAFact() {
        Map<String, String> consumers = Map.of(
                "listing-reviewed", ScoreInputListeners.LISTING_REVIEWED_CONSUMER,
                "violation-detected", ScoreInputListeners.VIOLATION_DETECTED_CONSUMER,
                "refund-requested", ScoreInputListeners.REFUND_REQUESTED_CONSUMER,
                "shipment-late", ScoreInputListeners.SHIPMENT_LATE_CONSUMER);
        consumers.forEach((topic, consumer) -> {
            for (byte[] example : ContractExamples.valid(topic)) {
                JsonNode event = json(example);
                inputs.sendAsIs(topic, event.get("subject").asText(), example);
                UUID id = UUID.fromString(event.get("id").asText());

                await().atMost(PATIENCE).until(() -> count("select count(*) from inbox_event where consumer = ?1 "
                        + "and event_id = ?2", consumer, id) == 1);
                String merchantId = event.get("data").get("merchantId").asText();
                assertEquals(1L, count("select count(*) from score_fact where event_id = ?1 and merchant_id = ?2",
                        id, merchantId), topic + " example " + id + " is a fact of merchant " + merchantId);
                given().get("/scores/merchants/" + merchantId).then().statusCode(200);
            }
        });
    }

    @Test
    void anInterceptedListingLowersTheProductSubScoreAndTheListingScore() {
        String merchantId = newMerchant();
        UUID listingId = UUID.randomUUID();

        ScoreInputEvents.Sent sent = inputs.listingReviewed(merchantId, listingId, "INTERCEPTED", Instant.now());

        JsonNode change = awaitChanges(merchantId, 1).get(0);
        assertEquals("LISTING_REVIEWED", change.get("reason").asText());
        assertEquals(sent.id().toString(), change.get("triggeringEventId").asText());
        assertMoved(change, "product");
        JsonPath merchant = merchantScore(merchantId);
        assertEquals(1, merchant.getInt("inputs.listingsIntercepted"));
        assertEquals(1, merchant.getInt("inputs.listingsDecided"));
        JsonPath listing = given().get("/scores/listings/" + listingId).then().statusCode(200).extract().jsonPath();
        assertEquals("INTERCEPTED", listing.getString("latestOutcome"));
        assertEquals(merchantId, listing.getString("merchantId"));
        assertTrue(listing.getDouble("score") < 100, listing.prettify());
    }

    @Test
    void aLivestreamViolationLowersTheProductSubScore() {
        String merchantId = newMerchant();

        ScoreInputEvents.Sent sent = inputs.violationDetected(merchantId, "room-" + UUID.randomUUID(), "HIGH",
                Instant.now());

        JsonNode change = awaitChanges(merchantId, 1).get(0);
        assertEquals("VIOLATION_DETECTED", change.get("reason").asText());
        assertEquals(sent.id().toString(), change.get("triggeringEventId").asText());
        assertMoved(change, "product");
        assertEquals(80.0, change.get("current").get("product").asDouble(), "100 * 24 / (24 + 6)");
        assertEquals(92.0, change.get("current").get("overall").asDouble());
        assertEquals(1, merchantScore(merchantId).getInt("inputs.livestreamViolations"));
    }

    @Test
    void aQualityComplaintLowersProductAndAnyOtherRefundLowersService() {
        String merchantId = newMerchant();

        ScoreInputEvents.Sent complaint = inputs.refundRequested(merchantId, "o-" + UUID.randomUUID(),
                "NOT_AS_DESCRIBED", Instant.now());
        JsonNode first = awaitChanges(merchantId, 1).get(0);
        ScoreInputEvents.Sent refund = inputs.refundRequested(merchantId, "o-" + UUID.randomUUID(), "OTHER",
                Instant.now());
        JsonNode second = awaitChanges(merchantId, 2).get(1);

        assertEquals("REFUND_REQUESTED", first.get("reason").asText());
        assertEquals(complaint.id().toString(), first.get("triggeringEventId").asText());
        assertMoved(first, "product");
        assertEquals(refund.id().toString(), second.get("triggeringEventId").asText());
        assertMoved(second, "service");
        assertEquals(first.get("current"), second.get("previous"), "previous is what was last published");
        JsonPath merchant = merchantScore(merchantId);
        assertEquals(2, merchant.getInt("inputs.refundRequests"));
        assertEquals(1, merchant.getInt("inputs.qualityComplaints"));
    }

    @Test
    void aLateShipmentLowersTheLogisticsSubScoreUnlessWaived() {
        String merchantId = newMerchant();
        Instant promised = Instant.now().minus(Duration.ofHours(41));

        ScoreInputEvents.Sent waived = inputs.shipmentLate(merchantId, "o-" + UUID.randomUUID(),
                promised.minus(Duration.ofDays(2)), promised, true);
        ScoreInputEvents.Sent late = inputs.shipmentLate(merchantId, "o-" + UUID.randomUUID(), promised,
                Instant.now(), false);

        awaitFacts(waived, late);
        JsonNode change = awaitChanges(merchantId, 1).get(0);
        assertEquals("SHIPMENT_LATE", change.get("reason").asText());
        assertEquals(late.id().toString(), change.get("triggeringEventId").asText(), "the waived one moved nothing");
        assertMoved(change, "logistics");
        assertEquals(80.0, change.get("current").get("logistics").asDouble(), "100 * 12 / (12 + 3)");
        JsonPath merchant = merchantScore(merchantId);
        assertEquals(2, merchant.getInt("inputs.lateShipments"));
        assertEquals(3, merchant.getInt("penaltyPoints.logistics"));
    }

    @Test
    void anInputThatMovesNothingPublishesNothing() {
        String merchantId = newMerchant();
        ScoreInputEvents.Sent approved = inputs.listingReviewed(merchantId, UUID.randomUUID(), "APPROVED",
                Instant.now());

        awaitFacts(approved);
        JsonPath merchant = merchantScore(merchantId);
        assertEquals(100.0, merchant.getDouble("overall"));
        assertEquals(1, merchant.getInt("inputs.listingDecisions"));
        assertEquals(0L, count("select count(*) from outbox_event where topic = ?1 and record_key = ?2", CHANGED,
                merchantId));
    }

    @Test
    void aDuplicateDeliveryOrAReplayUnderANewIdChangesNothing() {
        String merchantId = newMerchant();
        String orderId = "o-" + UUID.randomUUID();
        UUID refundId = UUID.randomUUID();
        ObjectNode refund = inputs.refund(merchantId, orderId, refundId, "OTHER", Instant.now());
        ScoreInputEvents.Sent first = inputs.send("refund-requested", refund, orderId, Instant.now());
        byte[] sameBytes = ScoreInputEvents.bytes(refund);
        inputs.sendAsIs("refund-requested", orderId, sameBytes);
        inputs.send("refund-requested", refund.deepCopy(), orderId, Instant.now());
        // Same key, so the same partition: once this one counts, all three deliveries before it were handled.
        ScoreInputEvents.Sent marker = inputs.refundRequested(merchantId, orderId, "OTHER", Instant.now());

        awaitFacts(marker);
        List<JsonNode> changes = awaitChanges(merchantId, 2);
        assertEquals(List.of(first.id().toString(), marker.id().toString()),
                changes.stream().map(c -> c.get("triggeringEventId").asText()).toList());
        assertEquals(2, merchantScore(merchantId).getInt("inputs.refundRequests"));
        assertEquals(1L, count("select count(*) from inbox_event where event_id = ?1", first.id()));
        assertEquals(1L, count("select count(*) from score_fact where fact_ref = ?1", refundId.toString()));
    }

    @Test
    void poisonOfEveryInputGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String merchantId = newMerchant();
        String roomId = "room-" + UUID.randomUUID();
        String refundOrder = "o-" + UUID.randomUUID();
        String lateOrder = "o-" + UUID.randomUUID();
        UUID listingId = UUID.randomUUID();
        Map<String, String> keys = Map.of("listing-reviewed", listingId.toString(), "violation-detected", roomId,
                "refund-requested", refundOrder, "shipment-late", lateOrder);
        byte[] notJson = "{\"specversion\": \"1.0\", oops".getBytes(StandardCharsets.UTF_8);
        keys.forEach((topic, key) -> {
            inputs.sendAsIs(topic, key, notJson);
            inputs.sendAsIs(topic, key, ContractExamples.invalid(topic).get(0));
        });
        Instant promised = Instant.now().minus(Duration.ofHours(5));
        ScoreInputEvents.Sent notLate = inputs.shipmentLate(merchantId, lateOrder, promised, promised, false);

        List<ScoreInputEvents.Sent> next = List.of(
                inputs.listingReviewed(merchantId, listingId, "INTERCEPTED", Instant.now()),
                inputs.violationDetected(merchantId, roomId, "LOW", Instant.now()),
                inputs.refundRequested(merchantId, refundOrder, "OTHER", Instant.now()),
                inputs.shipmentLate(merchantId, lateOrder, promised, Instant.now(), false));
        awaitFacts(next.toArray(ScoreInputEvents.Sent[]::new));
        // listing-reviewed has other consumers in this service (penalties, review queue): each dead-letters its own
        // copy of a poison record, so the counts are per key and at least, and the order is per consumer.
        await().atMost(PATIENCE).until(() -> keys.values().stream()
                .allMatch(k -> deadLetters(List.of(k)).size() >= (k.equals(lateOrder) ? 3 : 2)));
        keys.forEach((topic, key) -> {
            List<TopicRecords.Received> dead = deadLetters(List.of(key));
            assertTrue(dead.stream().allMatch(d -> topic.equals(d.headers().get("dead-letter-topic"))));
            assertTrue(dead.stream().anyMatch(d -> Arrays.equals(notJson, d.value())
                    && d.headers().get("dead-letter-reason").contains("not JSON")), "the original bytes, unchanged");
            assertTrue(dead.stream().anyMatch(d -> d.headers().get("dead-letter-reason").contains("schema")),
                    topic + ": the schema-breaking example");
        });
        assertTrue(deadLetters(List.of(lateOrder)).stream()
                .filter(d -> d.headers().get("dead-letter-reason").contains("not a late shipment"))
                .anyMatch(d -> json(d.value()).path("id").asText().equals(notLate.id().toString())));
    }

    @Test
    void factsOlderThanTheWindowStopCountingWhenTheJobRuns() {
        String merchantId = newMerchant();
        UUID listingId = UUID.randomUUID();
        // Inside the 90-day window when consumed, out of it seconds later.
        Instant almostExpired = Instant.now().minus(Duration.ofDays(90)).plus(Duration.ofSeconds(20));
        inputs.listingReviewed(merchantId, listingId, "INTERCEPTED", almostExpired);
        inputs.refundRequested(merchantId, "o-" + UUID.randomUUID(), "OTHER", almostExpired);

        List<JsonNode> changes = awaitChanges(merchantId, 3);
        assertEquals(Set.of("LISTING_REVIEWED", "REFUND_REQUESTED"),
                Set.of(changes.get(0).get("reason").asText(), changes.get(1).get("reason").asText()));
        assertEquals("FACTS_EXPIRED", changes.get(2).get("reason").asText());
        JsonNode expired = changes.get(2);
        assertFalse(expired.has("triggeringEventId"));
        assertEquals(changes.get(1).get("current"), expired.get("previous"));
        assertEquals(100.0, expired.get("current").get("overall").asDouble());
        JsonPath merchant = merchantScore(merchantId);
        assertEquals(0, merchant.getInt("inputs.refundRequests"));
        assertEquals(0, merchant.getInt("inputs.listingsIntercepted"));
        await().atMost(PATIENCE).until(() -> given().get("/scores/listings/" + listingId).then().statusCode(200)
                .extract().jsonPath().getDouble("score") == 100.0);
        JsonPath listing = given().get("/scores/listings/" + listingId).then().extract().jsonPath();
        assertEquals(0, listing.getInt("decisionsCounted"));
        assertEquals(null, listing.getString("latestOutcome"));
    }

    /** Waits until the merchant has at least {@code expected} changes on the topic and returns exactly that many. */
    private List<JsonNode> awaitChanges(String merchantId, int expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> changesOf(merchantId).size() >= expected);
        List<TopicRecords.Received> records = broker.readAll(CHANGED).stream()
                .filter(r -> merchantId.equals(r.key())).toList();
        assertEquals(expected, records.size(), "merchant-score-changed events of " + merchantId);
        return records.stream().map(record -> {
            JsonNode event = json(record.value());
            assertEquals(List.of(), schemas.violations(CHANGED, event), "the event breaks its schema");
            assertEquals(merchantId, event.get("subject").asText());
            assertEquals("application/cloudevents+json; charset=UTF-8", record.headers().get("content-type"));
            return event.get("data");
        }).toList();
    }

    private void awaitFacts(ScoreInputEvents.Sent... sent) {
        for (ScoreInputEvents.Sent event : sent) {
            await().atMost(PATIENCE).until(() -> count("select count(*) from score_fact where event_id = ?1",
                    event.id()) == 1);
        }
    }

    private List<TopicRecords.Received> changesOf(String merchantId) {
        return broker.readAll(CHANGED).stream().filter(r -> merchantId.equals(r.key())).toList();
    }

    /** Only {@code subScore} moved down, and the overall score with it. */
    private static void assertMoved(JsonNode change, String subScore) {
        for (String score : List.of("product", "logistics", "service")) {
            double before = change.get("previous").get(score).asDouble();
            double after = change.get("current").get(score).asDouble();
            if (score.equals(subScore)) {
                assertTrue(after < before, score + " moved down: " + change);
            } else {
                assertEquals(before, after, score + " did not move: " + change);
            }
        }
        assertTrue(change.get("current").get("overall").asDouble() < change.get("previous").get("overall")
                .asDouble(), change.toString());
    }

    private static JsonPath merchantScore(String merchantId) {
        return given().get("/scores/merchants/" + merchantId).then().statusCode(200).extract().jsonPath();
    }

    private List<TopicRecords.Received> deadLetters(Collection<String> keys) {
        return broker.readAll(DEAD_LETTER).stream().filter(r -> keys.contains(r.key())).toList();
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
