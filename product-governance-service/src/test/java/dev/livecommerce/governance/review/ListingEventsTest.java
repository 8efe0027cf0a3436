package dev.livecommerce.governance.review;

import static dev.livecommerce.governance.Api.awaitDecision;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.livecommerce.governance.Api;
import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.ContractExamples;
import dev.livecommerce.kit.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** What subscribers see on the wire, and how the review consumer treats what it is fed. */
@QuarkusTest
class ListingEventsTest {

    private static final String DEAD_LETTER = "product-governance-service.dead-letter";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    private final EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
    private final TopicRecords broker = Api.broker();

    @Test
    void producedEventsAreCloudEventsThatMatchTheirSchemas() {
        UUID approved = Api.submitted("m-2001", "加厚羊毛围巾");
        UUID intercepted = Api.submitted("m-2001", "国家级顶级羊毛围巾");
        awaitDecision(approved);
        awaitDecision(intercepted);
        awaitPublished(approved, intercepted);

        for (String topic : List.of("listing-submitted", "listing-reviewed")) {
            List<TopicRecords.Received> ours = recordsAbout(topic, Set.of(approved, intercepted));
            assertEquals(2, ours.size(), topic + " carries one event per listing");
            for (TopicRecords.Received record : ours) {
                JsonNode event = json(record.value());
                assertEquals(List.of(), schemas.violations(topic, event), topic + " event breaks its schema");
                assertEquals(record.key(), event.get("subject").asText(), "key is the subject");
                assertEquals(record.key(), event.get("data").get("listingId").asText());
                assertEquals("application/cloudevents+json; charset=UTF-8", record.headers().get("content-type"));
                assertEquals("/product-governance-service", event.get("source").asText());
            }
        }
        JsonNode decision = json(recordsAbout("listing-reviewed", Set.of(intercepted)).get(0).value()).get("data");
        assertEquals("INTERCEPTED", decision.get("outcome").asText());
        assertEquals("国家级", decision.get("violations").get(0).get("matchedText").asText());
    }

    @Test
    void everyContractExampleIsReviewed() {
        for (byte[] example : ContractExamples.valid("listing-submitted")) {
            JsonNode event = json(example);
            UUID listingId = UUID.fromString(event.get("data").get("listingId").asText());
            broker.send("listing-submitted", listingId.toString(), example, Map.of());

            awaitDecision(listingId).body("merchantId", equalTo(event.get("data").get("merchantId").asText()));
        }
    }

    @Test
    void aDuplicateDeliveryHasNoSecondEffect() {
        byte[] event = freshExample();
        UUID listingId = listingIdOf(event);
        broker.send("listing-submitted", listingId.toString(), event, Map.of());
        broker.send("listing-submitted", listingId.toString(), event, Map.of());
        // A later event on the same key and partition: once it is decided, both deliveries were handled.
        UUID marker = sendMarkerAfter(listingId.toString());

        awaitDecision(marker);
        awaitPublished(listingId);
        assertEquals(1, recordsAbout("listing-reviewed", Set.of(listingId)).size());
        assertEquals(1L, count("select count(*) from inbox_event where event_id = ?1", eventIdOf(event)));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsReasonAndTheConsumerKeepsGoing() {
        String key = UUID.randomUUID().toString();
        byte[] notJson = "{\"specversion\": \"1.0\", oops".getBytes(StandardCharsets.UTF_8);
        byte[] breaksSchema = ContractExamples.invalid("listing-submitted").get(0);
        broker.send("listing-submitted", key, notJson, Map.of());
        broker.send("listing-submitted", key, breaksSchema, Map.of());
        UUID marker = sendMarkerAfter(key);

        awaitDecision(marker);
        await().atMost(Duration.ofSeconds(15)).until(() -> deadLetters(key).size() == 2);
        List<TopicRecords.Received> dead = deadLetters(key);
        assertArrayEquals(notJson, dead.get(0).value(), "the original bytes, unchanged");
        assertTrue(dead.get(0).headers().get("dead-letter-reason").contains("not JSON"),
                dead.get(0).headers().toString());
        assertArrayEquals(breaksSchema, dead.get(1).value());
        assertTrue(dead.get(1).headers().get("dead-letter-reason").contains("schema"),
                dead.get(1).headers().toString());
        assertEquals("listing-submitted", dead.get(1).headers().get("dead-letter-topic"));
    }

    @Test
    void anEventTheReviewRefusesIsDeadLetteredAloneAndTheRestOfItsBatchIsReviewed() {
        UUID owned = Api.submitted("m-2002", "加厚羊毛围巾");
        awaitDecision(owned);
        String key = UUID.randomUUID().toString();
        byte[] before = freshExample();
        ObjectNode claimsOwned = (ObjectNode) json(freshExample());
        claimsOwned.put("subject", owned.toString());
        ((ObjectNode) claimsOwned.get("data")).put("listingId", owned.toString()).put("merchantId", "m-2999");
        byte[] otherMerchant = bytes(claimsOwned);
        byte[] after = freshExample();
        // One key, so one partition: sent back to back, the three usually arrive in one batch.
        broker.send("listing-submitted", key, before, Map.of());
        broker.send("listing-submitted", key, otherMerchant, Map.of());
        broker.send("listing-submitted", key, after, Map.of());

        awaitDecision(listingIdOf(before));
        awaitDecision(listingIdOf(after));
        await().atMost(Duration.ofSeconds(15)).until(() -> deadLetters(key).size() == 1);
        TopicRecords.Received dead = deadLetters(key).get(0);
        assertArrayEquals(otherMerchant, dead.value());
        assertTrue(dead.headers().get("dead-letter-reason").contains("belongs to another merchant"),
                dead.headers().toString());
        assertEquals(0L, count("select count(*) from inbox_event where event_id = ?1", eventIdOf(otherMerchant)));
        awaitDecision(owned).body("merchantId", equalTo("m-2002"));
    }

    private UUID sendMarkerAfter(String key) {
        byte[] marker = freshExample();
        broker.send("listing-submitted", key, marker, Map.of());
        return listingIdOf(marker);
    }

    /** A contract example with new ids, so each test run and test has its own listing. */
    private byte[] freshExample() {
        ObjectNode event = (ObjectNode) json(ContractExamples.valid("listing-submitted").get(0));
        String listingId = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", listingId);
        ((ObjectNode) event.get("data")).put("listingId", listingId);
        return bytes(event);
    }

    private byte[] bytes(JsonNode event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<TopicRecords.Received> deadLetters(String key) {
        return broker.readAll(DEAD_LETTER).stream().filter(r -> key.equals(r.key())).toList();
    }

    private List<TopicRecords.Received> recordsAbout(String topic, Set<UUID> listingIds) {
        Set<String> keys = listingIds.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
        return broker.readAll(topic).stream().filter(r -> keys.contains(r.key())).toList();
    }

    private void awaitPublished(UUID... listingIds) {
        for (UUID id : listingIds) {
            await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from outbox_event "
                    + "where record_key = ?1 and published_at is null", id.toString()) == 0
                    && count("select count(*) from outbox_event where record_key = ?1 and topic = 'listing-reviewed'",
                            id.toString()) == 1);
        }
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private UUID listingIdOf(byte[] event) {
        return UUID.fromString(json(event).get("data").get("listingId").asText());
    }

    private UUID eventIdOf(byte[] event) {
        return UUID.fromString(json(event).get("id").asText());
    }

    private JsonNode json(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
