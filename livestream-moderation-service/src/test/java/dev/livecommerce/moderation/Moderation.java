package dev.livecommerce.moderation;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import dev.livecommerce.claims.ClaimType;
import dev.livecommerce.moderation.violation.Channel;
import dev.livecommerce.moderation.violation.DetectedViolation;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test helpers: rooms through the API, violations as the detector makes them, events in the outbox. */
public final class Moderation {

    private Moderation() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void start(String roomId, String merchantId, String hostId) {
        given().contentType("application/json")
                .body(Map.of("roomId", roomId, "merchantId", merchantId, "hostId", hostId,
                        "categories", List.of("COSMETICS")))
                .post("/rooms").then().statusCode(201);
    }

    public static DetectedViolation speech(String roomId, String hostId, String segmentId, String severity,
            Instant at) {
        return violation(roomId, segmentId, Channel.SPEECH, hostId, "ad-law-absolute-terms", severity, at);
    }

    public static DetectedViolation violation(String roomId, String segmentId, Channel channel, String speakerId,
            String ruleId, String severity, Instant at) {
        return new DetectedViolation(UUID.nameUUIDFromBytes((roomId + segmentId + ruleId).getBytes()), roomId,
                segmentId, channel, speakerId, ruleId, 7, ClaimType.ABSOLUTE_TERM, severity, 3, 7, "全网第一", 61_000,
                at);
    }

    /** Events of one topic and key written to the outbox (committed, whether relayed yet or not). */
    public static long outboxCount(String topic, String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em().createNativeQuery(
                "select count(*) from outbox_event where topic = ?1 and record_key = ?2")
                .setParameter(1, topic).setParameter(2, key).getSingleResult()).longValue());
    }

    public static String lastOutboxPayload(String topic, String key) {
        return QuarkusTransaction.requiringNew().call(() -> new String((byte[]) em().createNativeQuery(
                "select payload from outbox_event where topic = ?1 and record_key = ?2 order by position desc limit 1")
                .setParameter(1, topic).setParameter(2, key).getSingleResult(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
