package dev.livecommerce.governance.penalty;

import static dev.livecommerce.governance.ReviewedEvents.awaitDecisionOnFile;
import static dev.livecommerce.governance.ReviewedEvents.awaitRecords;
import static dev.livecommerce.governance.ReviewedEvents.newMerchant;
import static dev.livecommerce.governance.ReviewedEvents.now;
import static dev.livecommerce.governance.ReviewedEvents.publish;
import static dev.livecommerce.governance.ReviewedEvents.publishAndSettle;
import static dev.livecommerce.governance.ReviewedEvents.records;
import static dev.livecommerce.governance.ReviewedEvents.standing;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.governance.Api;
import dev.livecommerce.governance.ReviewedEvents.Decision;
import dev.livecommerce.governance.ReviewedEvents.Finding;
import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.problem.ProblemException;
import dev.livecommerce.kit.testing.ContractExamples;
import dev.livecommerce.kit.testing.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** listing-reviewed in (on the real broker), points, warnings and penalties out on the wire and in the standing. */
@QuarkusTest
class MerchantPenaltiesTest {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry meters;
    @Inject
    PointsExpiryJob expiryJob;
    @Inject
    ListingEligibility eligibility;

    private final EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
    private final TopicRecords broker = Api.broker();

    @Test
    void theContractsExamplesAreConsumed() throws Exception {
        for (byte[] example : ContractExamples.valid("listing-reviewed")) {
            JsonNode data = mapper.readTree(example).get("data");
            broker.send("listing-reviewed", data.get("listingId").asText(), example, java.util.Map.of());
        }
        JsonNode intercepted = mapper.readTree(ContractExamples.valid("listing-reviewed").stream()
                .filter(e -> new String(e, java.nio.charset.StandardCharsets.UTF_8).contains("\"INTERCEPTED\""))
                .findFirst().orElseThrow()).get("data");

        JsonPath standing = awaitDecisionOnFile(intercepted.get("merchantId").asText(),
                UUID.fromString(intercepted.get("reviewId").asText()));

        List<Integer> points = standing.getList("violations.findAll { it.reviewId == '"
                + intercepted.get("reviewId").asText() + "' }.points", Integer.class);
        assertEquals(2, points.size(), "one entry per rule, however many spans it matched");
    }

    @Test
    void aMerchantIsWarnedBeforeTheThresholdAndPenalizedWhenItCrossesIt() {
        String merchant = newMerchant();
        Decision first = Decision.intercepted(merchant, new Finding("ad-law-absolute-terms", 7, 3),
                new Finding("cosmetics-efficacy-claims", 3, 6));
        JsonPath afterFirst = publishAndSettle(broker, first);

        assertEquals("GOOD_STANDING", afterFirst.getString("level"));
        assertEquals(9, afterFirst.getInt("activePoints"));
        assertTrue(afterFirst.getBoolean("nextThreshold.warned"));
        JsonNode warning = awaitRecords(broker, "merchant-warned", merchant, 1).get(0);
        assertValid("merchant-warned", warning);
        assertEquals("LISTING_RESTRICTED", warning.at("/data/thresholdLevel").asText());
        assertEquals(3, warning.at("/data/pointsToThreshold").asInt());
        assertEquals(first.reviewId().toString(), warning.at("/data/reviewId").asText());
        assertTrue(records(broker, "merchant-penalized", merchant).isEmpty(), "a warning, not a penalty");

        Decision second = Decision.intercepted(merchant, new Finding("off-platform-contact", 2, 6));
        JsonPath afterSecond = publishAndSettle(broker, second);

        assertEquals("LISTING_RESTRICTED", afterSecond.getString("level"));
        assertEquals(15, afterSecond.getInt("activePoints"));
        assertEquals(List.of("LISTING_RESTRICTED"), afterSecond.getList("activePenalties.level"));
        JsonNode penalized = awaitRecords(broker, "merchant-penalized", merchant, 1).get(0);
        assertValid("merchant-penalized", penalized);
        assertEquals(merchant, penalized.get("subject").asText());
        assertEquals("RAISED", penalized.at("/data/change").asText());
        assertEquals("LISTING_RESTRICTED", penalized.at("/data/level").asText());
        assertEquals(15, penalized.at("/data/activePoints").asInt());
        assertEquals(3, penalized.at("/data/violations").size(), "every active violation behind the level");
        assertEquals(second.reviewId().toString(), penalized.at("/data/violations/0/reviewId").asText(),
                "newest first");
        assertEquals(1, records(broker, "merchant-warned", merchant).size(), "the approach of 12 was warned once");
    }

    @Test
    void aDuplicateDeliveryOrARepublishedDecisionAddsItsPointsOnce() {
        String merchant = newMerchant();
        Decision decision = Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 5));
        publish(broker, decision);
        publish(broker, decision);
        publish(broker, decision.republished());
        // The same listing, so the same partition: once this one is on file, the three before it were handled.
        Decision later = Decision.intercepted(merchant, new Finding("ad-law-absolute-terms", 7, 1));
        later = new Decision(later.eventId(), decision.listingId(), later.reviewId(), 2, merchant,
                later.outcome(), null, now(), later.findings());
        JsonPath standing = publishAndSettle(broker, later);

        assertEquals(6, standing.getInt("activePoints"));
        assertEquals(1L, count("select count(*) from violation_points where review_id = ?1", decision.reviewId()));
        assertEquals(1L, count("select count(*) from inbox_event where consumer = 'merchant-penalties' "
                + "and event_id = ?1", decision.eventId()));
    }

    @Test
    void aQueuedListingAddsNothingUntilTheReviewerInterceptsItAndTheDelayRunsFromTheQueueing() {
        String merchant = newMerchant();
        Decision queued = Decision.intercepted(merchant, new Finding("stolen-images", 2, 12))
                .reviewedAt(now().minusHours(3)).queuedForManualReview();
        publish(broker, queued);
        Decision approvedElsewhere = Decision.intercepted(merchant, new Finding("stolen-images", 2, 12))
                .queuedForManualReview().decidedByReviewer("APPROVED", now());
        publish(broker, approvedElsewhere);
        Decision intercepted = queued.decidedByReviewer("INTERCEPTED", now());
        JsonPath standing = publishAndSettle(broker, intercepted);

        assertEquals(12, standing.getInt("activePoints"), "only the reviewer's interception counts");
        assertEquals("LISTING_RESTRICTED", standing.getString("level"));
        JsonNode penalized = awaitRecords(broker, "merchant-penalized", merchant, 1).get(0);
        assertEquals(intercepted.reviewId().toString(), penalized.at("/data/violations/0/reviewId").asText());
        assertTrue(meters.find(PenaltyMetrics.ENFORCEMENT_DELAY).timer().max(TimeUnit.SECONDS) >= 3 * 3600 - 60,
                "measured from the MANUAL_REVIEW three hours ago, not from the reviewer's decision");
    }

    @Test
    void expiringPointsLowerTheLevelAndLiftThePenalty() {
        String merchant = newMerchant();
        Decision old = Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 8));
        publishAndSettle(broker, old);
        publishAndSettle(broker, Decision.intercepted(merchant, new Finding("off-platform-contact", 2, 6)));
        assertEquals("LISTING_RESTRICTED", standing(merchant).getString("level"));

        // 180 days pass for the first decision's points.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update violation_points set expires_at = now() - interval '1 second' "
                    + "where review_id = ?1").setParameter(1, old.reviewId()).executeUpdate();
            em.createNativeQuery("update merchant_standing set next_expiry_at = now() - interval '1 second' "
                    + "where merchant_id = ?1").setParameter(1, merchant).executeUpdate();
        });
        while (expiryJob.settleBatch() > 0) {
            // every merchant due is settled
        }

        JsonPath standing = standing(merchant);
        assertEquals("GOOD_STANDING", standing.getString("level"));
        assertEquals(6, standing.getInt("activePoints"));
        assertEquals(List.of(), standing.getList("activePenalties"));
        assertEquals("POINTS_EXPIRED", standing.getString("penalties[0].liftReason"));
        assertEquals("EXPIRED", standing.getString("violations.find { it.reviewId == '" + old.reviewId()
                + "' }.status"));
        List<JsonNode> penalized = awaitRecords(broker, "merchant-penalized", merchant, 2);
        JsonNode lowered = penalized.get(1);
        assertValid("merchant-penalized", lowered);
        assertEquals("LOWERED", lowered.at("/data/change").asText());
        assertEquals("POINTS_EXPIRED", lowered.at("/data/reason").asText());
        assertEquals("GOOD_STANDING", lowered.at("/data/level").asText());
        assertEquals(standing.getString("penalties[0].penaltyId"),
                lowered.at("/data/liftedPenalties/0/penaltyId").asText());
        assertTrue(lowered.at("/data/standingVersion").asLong() > penalized.get(0).at("/data/standingVersion")
                .asLong());
    }

    @Test
    void aJumpOverTwoThresholdsEnforcesBothAndASuspendedMerchantMayNotList() {
        String merchant = newMerchant();
        publishAndSettle(broker, Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 30)));

        JsonPath standing = standing(merchant);
        assertEquals("TRAFFIC_LIMITED", standing.getString("level"));
        assertEquals(List.of("LISTING_RESTRICTED", "TRAFFIC_LIMITED"), standing.getList("activePenalties.level"));
        eligibility.requireMayList(merchant);

        publishAndSettle(broker, Decision.intercepted(merchant, new Finding("counterfeit-brand", 1, 6)));
        assertFalse(standing(merchant).getBoolean("mayList"));
        ProblemException refused = assertThrows(ProblemException.class, () -> eligibility.requireMayList(merchant));
        assertEquals(403, refused.problem().status());
        assertTrue(refused.problem().detail().contains("SUSPENDED"), refused.problem().detail());
        List<JsonNode> penalized = awaitRecords(broker, "merchant-penalized", merchant, 2);
        assertEquals(2, penalized.get(0).at("/data/enforcedPenalties").size());
        assertEquals("SUSPENDED", penalized.get(1).at("/data/level").asText());
        assertTrue(records(broker, "merchant-warned", merchant).isEmpty(),
                "30 is 6 points short of 36, and 36 jumps over the margin: enforced without a warning");
    }

    @Test
    void aMerchantWithoutPointsIsInGoodStanding() {
        JsonPath standing = standing(newMerchant());

        assertEquals("GOOD_STANDING", standing.getString("level"));
        assertEquals(0, standing.getInt("activePoints"));
        assertTrue(standing.getBoolean("mayList"));
        assertEquals(12, standing.getInt("nextThreshold.points"));
        assertNull(standing.get("activePenalties[0]"));
    }

    @Test
    void theHistoryLimitIsBounded() {
        given().get("/merchants/m-1/standing?historyLimit=100000").then().statusCode(400)
                .body("errors[0].field", containsString("historyLimit"));
    }

    @Test
    void theEnforcementDelayIsAHistogramWithPercentilesAndCountersAreByLevel() {
        String merchant = newMerchant();
        publishAndSettle(broker, Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 12)));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(
                () -> meters.find(PenaltyMetrics.ENFORCED).tag("level", "LISTING_RESTRICTED").counter() != null);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("governance_penalty_enforcement_delay_seconds_bucket"), "histogram buckets");
        assertTrue(metrics.contains("governance_penalty_enforcement_delay_seconds{quantile=\"0.99\""), "p99");
        assertTrue(metrics.contains("governance_penalty_enforcement_delay_seconds{quantile=\"0.5\""), "p50");
        assertTrue(metrics.contains("governance_penalty_enforced_total{level=\"LISTING_RESTRICTED\"}"), metrics);
    }

    private void assertValid(String event, JsonNode record) {
        assertEquals(List.of(), schemas.violations(event, record), event + " breaks its schema");
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
