package dev.livecommerce.governance.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.livecommerce.governance.Api;
import dev.livecommerce.kit.testing.ContractExamples;
import dev.livecommerce.kit.testing.TopicRecords;

/**
 * Input events of the scores, made from the contract's valid examples with fresh ids and times, so every test has its
 * own merchant, and sent to their topics keyed as their producers key them.
 */
final class ScoreInputEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TopicRecords broker = Api.broker();

    /** A sent event: its CloudEvent id and Kafka key. */
    record Sent(UUID id, String key) {
    }

    static String newMerchant() {
        return "m-score-" + UUID.randomUUID();
    }

    Sent listingReviewed(String merchantId, UUID listingId, String outcome, Instant reviewedAt) {
        ObjectNode event = example("listing-reviewed", outcome.equals("APPROVED")
                ? "approved-vegetables"
                : outcome.equals("INTERCEPTED") ? "intercepted-face-cream" : "manual-review-stolen-image");
        ObjectNode data = data(event);
        data.put("listingId", listingId.toString());
        data.put("reviewId", UUID.randomUUID().toString());
        data.put("merchantId", merchantId);
        data.put("reviewedAt", reviewedAt.toString());
        return send("listing-reviewed", event, listingId.toString(), reviewedAt);
    }

    Sent violationDetected(String merchantId, String roomId, String severity, Instant detectedAt) {
        ObjectNode event = example("violation-detected", "speech-absolute-term");
        ObjectNode data = data(event);
        data.put("violationId", UUID.randomUUID().toString());
        data.put("roomId", roomId);
        data.put("merchantId", merchantId);
        data.put("severity", severity);
        data.put("detectedAt", detectedAt.toString());
        return send("violation-detected", event, roomId, detectedAt);
    }

    Sent refundRequested(String merchantId, String orderId, String reason, Instant requestedAt) {
        return send("refund-requested", refund(merchantId, orderId, UUID.randomUUID(), reason, requestedAt), orderId,
                requestedAt);
    }

    ObjectNode refund(String merchantId, String orderId, UUID refundId, String reason, Instant requestedAt) {
        ObjectNode event = example("refund-requested", "fresh-produce-damaged-refund-only");
        ObjectNode data = data(event);
        data.put("refundId", refundId.toString());
        data.put("orderId", orderId);
        data.put("merchantId", merchantId);
        data.put("reason", reason);
        data.put("requestedAt", requestedAt.toString());
        return event;
    }

    Sent shipmentLate(String merchantId, String orderId, Instant promisedShipAt, Instant shippedAt, boolean waived) {
        ObjectNode event = example("shipment-late", "fresh-produce-two-days-late");
        ObjectNode data = data(event);
        data.put("orderId", orderId);
        data.put("merchantId", merchantId);
        data.put("promisedShipAt", promisedShipAt.toString());
        data.put("shippedAt", shippedAt.toString());
        data.put("penaltyWaived", waived);
        return send("shipment-late", event, orderId, shippedAt);
    }

    /** Sends {@code event} with a new CloudEvent id. */
    Sent send(String topic, ObjectNode event, String key, Instant time) {
        UUID id = UUID.randomUUID();
        event.put("id", id.toString());
        event.put("subject", key);
        event.put("time", time.toString());
        sendAsIs(topic, key, bytes(event));
        return new Sent(id, key);
    }

    void sendAsIs(String topic, String key, byte[] value) {
        broker.send(topic, key, value, Map.of());
    }

    static ObjectNode example(String event, String name) {
        List<byte[]> examples = ContractExamples.valid(event);
        for (byte[] example : examples) {
            ObjectNode node = (ObjectNode) json(example);
            if (matches(event, name, node)) {
                return node;
            }
        }
        throw new IllegalArgumentException("no example " + name + " of " + event);
    }

    /** Examples carry no file name once loaded: each one asked for here is told apart by its content. */
    private static boolean matches(String event, String name, JsonNode example) {
        JsonNode data = example.get("data");
        return switch (name) {
            case "approved-vegetables" -> data.get("outcome").asText().equals("APPROVED")
                    && data.get("decidedBy").asText().equals("RULES");
            case "intercepted-face-cream" -> data.get("outcome").asText().equals("INTERCEPTED");
            case "manual-review-stolen-image" -> data.get("outcome").asText().equals("MANUAL_REVIEW");
            case "speech-absolute-term" -> data.get("type").asText().equals("ABSOLUTE_TERM");
            case "fresh-produce-damaged-refund-only" -> data.get("category").asText().equals("FRESH_PRODUCE");
            case "fresh-produce-two-days-late" -> !data.get("penaltyWaived").asBoolean();
            default -> throw new IllegalArgumentException("unknown example " + name + " of " + event);
        };
    }

    static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }
}
