package dev.livecommerce.governance.appeal;

import static dev.livecommerce.governance.Api.JSON;
import static dev.livecommerce.governance.ReviewedEvents.awaitDecisionOnFile;
import static dev.livecommerce.governance.ReviewedEvents.awaitRecords;
import static dev.livecommerce.governance.ReviewedEvents.newMerchant;
import static dev.livecommerce.governance.ReviewedEvents.now;
import static dev.livecommerce.governance.ReviewedEvents.publish;
import static dev.livecommerce.governance.ReviewedEvents.publishAndSettle;
import static dev.livecommerce.governance.ReviewedEvents.records;
import static dev.livecommerce.governance.ReviewedEvents.standing;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.livecommerce.governance.Api;
import dev.livecommerce.governance.ReviewedEvents.Decision;
import dev.livecommerce.governance.ReviewedEvents.Finding;
import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Appeals on the real broker and database: filing, ruling, the overturn's compensation and its atomicity. */
@QuarkusTest
class AppealsTest {

    private static final String REVIEWER = "reviewer-li-na";

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry meters;
    @Inject
    OverdueAppealsGauge overdueGauge;

    private final EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
    private final TopicRecords broker = Api.broker();

    @Test
    void anOverturnRestoresPointsPenaltyAndListingAndPublishesOneEvent() {
        RealInterception case1 = penalizedByARealListing();
        String appealId = file(case1.merchant, "LISTING_DECISION", case1.reviewId).statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("listingId", equalTo(case1.listingId.toString()))
                .extract().path("appealId");
        JsonNode filed = awaitRecords(broker, "appeal-filed", case1.merchant, 1).get(0);
        assertValid("appeal-filed", filed);
        assertEquals(appealId, filed.at("/data/appealId").asText());

        decide(appealId, "OVERTURNED", "“最好”出自注册商标“最好牌”，属商标使用").statusCode(200)
                .body("status", equalTo("OVERTURNED"))
                .body("reviewerId", equalTo(REVIEWER))
                .body("overturn.pointsVoided", equalTo(3))
                .body("overturn.level", equalTo("GOOD_STANDING"));

        given().get("/listings/" + case1.listingId).then().body("status", equalTo("APPROVED"));
        given().get("/appeals/" + appealId).then().statusCode(200)
                .body("status", equalTo("OVERTURNED"))
                .body("overturn.decisions[0].voidedViolations[0].ruleId", equalTo("absolute-terms"))
                .body("overturn.liftedPenalties[0].level", equalTo("LISTING_RESTRICTED"));
        JsonPath standing = standing(case1.merchant);
        assertEquals("GOOD_STANDING", standing.getString("level"));
        assertEquals(9, standing.getInt("activePoints"));
        assertEquals("VOIDED", violationStatus(standing, case1.reviewId));
        assertEquals(List.of(), standing.getList("activePenalties"));
        assertEquals("APPEAL_OVERTURNED", standing.getString("penalties[0].liftReason"));
        assertEquals(appealId, standing.getString("penalties[0].liftedByAppealId"));
        assertEquals(List.of(List.of("absolute-terms", 1, "OVERTURNED")), ruleOutcomes(appealId));

        awaitPublished(case1.merchant);
        assertEquals(1L, count("select count(*) from outbox_event where topic = 'appeal-decided' "
                + "and record_key = ?1", case1.merchant), "one compensating event");
        List<JsonNode> decided = awaitRecords(broker, "appeal-decided", case1.merchant, 1);
        assertEquals(1, decided.size());
        JsonNode event = decided.get(0);
        assertValid("appeal-decided", event);
        assertEquals("OVERTURNED", event.at("/data/outcome").asText());
        assertEquals(case1.reviewId.toString(), event.at("/data/overturn/decisions/0/reviewId").asText());
        assertEquals(case1.listingId.toString(), event.at("/data/overturn/decisions/0/listingId").asText());
        assertTrue(event.at("/data/overturn/decisions/0/listingReinstated").asBoolean());
        assertEquals(3, event.at("/data/overturn/decisions/0/voidedViolations/0/points").asInt());
        assertEquals("LISTING_RESTRICTED", event.at("/data/overturn/previousLevel").asText());
        assertEquals(case1.penaltyId, event.at("/data/overturn/liftedPenalties/0/penaltyId").asText());
        assertEquals(1, records(broker, "merchant-penalized", case1.merchant).size(),
                "the level drop is in appeal-decided, not in a second event");
    }

    @Test
    void anOverturnedInterceptionIsReplacedByTheReviewersApprovalInTheListingView() {
        RealInterception case1 = penalizedByARealListing();
        String appealId = file(case1.merchant, "LISTING_DECISION", case1.reviewId).statusCode(201)
                .extract().path("appealId");

        decide(appealId, "OVERTURNED", "商标使用，非绝对化用语").statusCode(200);

        String reinstatedBy = given().get("/listings/" + case1.listingId).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decision.outcome", equalTo("APPROVED"))
                .body("decision.decidedBy", equalTo("REVIEWER"))
                .body("decision.violations", equalTo(List.of()))
                .extract().path("decision.reviewId");
        assertFalse(case1.reviewId.toString().equals(reinstatedBy), "a new decision, not the overturned one");
        List<?> reviews = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select outcome, decided_by, reviewer_id, reviewer_note from listing_review
                where listing_id = ?1 order by decided_at""")
                .setParameter(1, case1.listingId).getResultList());
        assertEquals(2, reviews.size(), "the overturned decision stays on file beside the new one");
        Object[] reinstatement = (Object[]) reviews.get(1);
        assertEquals(List.of("APPROVED", "REVIEWER", REVIEWER), List.of(reinstatement).subList(0, 3));
        assertTrue(((String) reinstatement[3]).contains(appealId), String.valueOf(reinstatement[3]));
    }

    @Test
    void aFailedListingUpdateLeavesTheOverturnUndone() {
        RealInterception case1 = penalizedByARealListing();
        String appealId = file(case1.merchant, "LISTING_DECISION", case1.reviewId).statusCode(201)
                .extract().path("appealId");
        String trigger = "test_refuse_listing_" + case1.listingId.toString().replace("-", "");
        sql("create or replace function test_refuse_update() returns trigger language plpgsql as "
                + "$$ begin raise exception 'injected fault: % refused', tg_table_name; end $$");
        sql("create trigger " + trigger + " before update on listing for each row when (new.id = '"
                + case1.listingId + "') execute function test_refuse_update()");
        try {
            decide(appealId, "OVERTURNED", "misjudged").statusCode(500);
            assertNothingChanged(case1, appealId);
        } finally {
            sql("drop trigger " + trigger + " on listing");
        }

        decide(appealId, "OVERTURNED", "misjudged").statusCode(200);
        given().get("/listings/" + case1.listingId).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aFailedEventWriteLeavesTheOverturnUndone() {
        RealInterception case1 = penalizedByARealListing();
        String appealId = file(case1.merchant, "LISTING_DECISION", case1.reviewId).statusCode(201)
                .extract().path("appealId");
        String trigger = "test_refuse_event_" + case1.listingId.toString().replace("-", "");
        sql("create or replace function test_refuse_insert() returns trigger language plpgsql as "
                + "$$ begin raise exception 'injected fault: % refused', tg_table_name; end $$");
        sql("create trigger " + trigger + " before insert on outbox_event for each row when (new.topic = "
                + "'appeal-decided' and new.record_key = '" + case1.merchant + "') execute function "
                + "test_refuse_insert()");
        try {
            decide(appealId, "OVERTURNED", "misjudged").statusCode(500);
            assertNothingChanged(case1, appealId);
        } finally {
            sql("drop trigger " + trigger + " on outbox_event");
        }
    }

    @Test
    void aPenaltyAppealOverturnsEveryDecisionBehindThePenalty() {
        String merchant = newMerchant();
        Decision first = Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 6));
        Decision second = Decision.intercepted(merchant, new Finding("counterfeit-brand", 2, 6));
        publishAndSettle(broker, first);
        String penaltyId = publishAndSettle(broker, second).getString("activePenalties[0].penaltyId");

        String appealId = file(merchant, "PENALTY", UUID.fromString(penaltyId)).statusCode(201)
                .body("listingId", equalTo(null))
                .extract().path("appealId");
        JsonPath decided = decide(appealId, "OVERTURNED", "both findings were a catalogue import error")
                .statusCode(200).extract().jsonPath();

        assertEquals(12, decided.getInt("overturn.pointsVoided"));
        assertEquals(List.of(first.reviewId().toString(), second.reviewId().toString()),
                decided.getList("overturn.decisions.reviewId"));
        assertEquals(List.of(false, false), decided.getList("overturn.decisions.listingReinstated"),
                "these listings were never stored here");
        JsonPath standing = standing(merchant);
        assertEquals(0, standing.getInt("activePoints"));
        assertEquals("GOOD_STANDING", standing.getString("level"));
        assertEquals(2, ruleOutcomes(appealId).size());
    }

    @Test
    void anUpheldAppealChangesNothingButCountsInTheRulesOverturnRate() {
        String merchant = newMerchant();
        String rule = "test-rule-" + UUID.randomUUID().toString().substring(0, 8);
        Decision upheld = Decision.intercepted(merchant, new Finding(rule, 2, 4));
        Decision overturned = Decision.intercepted(merchant, new Finding(rule, 2, 4));
        publishAndSettle(broker, upheld);
        publishAndSettle(broker, overturned);

        String first = file(merchant, "LISTING_DECISION", upheld.reviewId()).statusCode(201)
                .extract().path("appealId");
        decide(first, "UPHELD", "the photo shows the prohibited item").statusCode(200)
                .body("overturn", equalTo(null));
        String second = file(merchant, "LISTING_DECISION", overturned.reviewId()).statusCode(201)
                .extract().path("appealId");
        decide(second, "OVERTURNED", "a different product").statusCode(200);

        assertEquals(4, standing(merchant).getInt("activePoints"));
        assertEquals("ACTIVE", violationStatus(standing(merchant), upheld.reviewId()));
        given().get("/rules/appeal-outcomes?ruleId=" + rule).then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].ruleVersion", equalTo(2))
                .body("[0].appeals", equalTo(2))
                .body("[0].upheld", equalTo(1))
                .body("[0].overturned", equalTo(1))
                .body("[0].overturnRate", equalTo(0.5f));
        JsonNode event = awaitRecords(broker, "appeal-decided", merchant, 2).get(0);
        assertValid("appeal-decided", event);
        assertFalse(event.get("data").has("overturn"));
    }

    @Test
    void appealsAreRefusedWithClearProblems() {
        String merchant = newMerchant();
        Decision decision = Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 2));
        Decision old = Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 2))
                .reviewedAt(now().minusDays(16));
        Decision queued = Decision.intercepted(merchant, new Finding("stolen-images", 1, 5)).queuedForManualReview();
        publishAndSettle(broker, decision);
        publishAndSettle(broker, old);
        publish(broker, queued);

        file(newMerchant(), "LISTING_DECISION", decision.reviewId()).statusCode(404)
                .body("type", equalTo("urn:livecommerce:problem:not-found"));
        file(merchant, "LISTING_DECISION", UUID.randomUUID()).statusCode(404);
        file(merchant, "LISTING_DECISION", old.reviewId()).statusCode(422)
                .body("type", equalTo("urn:livecommerce:problem:appeal-window-closed"))
                .body("detail", containsString("15 days"));
        await().atMost(Duration.ofSeconds(20)).until(() -> file(merchant, "LISTING_DECISION", queued.reviewId())
                .extract().statusCode() == 422);
        file(merchant, "LISTING_DECISION", queued.reviewId())
                .body("type", equalTo("urn:livecommerce:problem:decision-not-appealable"));

        String appealId = file(merchant, "LISTING_DECISION", decision.reviewId()).statusCode(201)
                .extract().path("appealId");
        file(merchant, "LISTING_DECISION", decision.reviewId()).statusCode(409)
                .body("type", equalTo("urn:livecommerce:problem:appeal-already-open"))
                .body("detail", containsString(appealId));
        decide(appealId, "OVERTURNED", "misjudged").statusCode(200);
        decide(appealId, "UPHELD", "second thoughts").statusCode(409)
                .body("type", equalTo("urn:livecommerce:problem:appeal-closed"))
                .body("detail", containsString("OVERTURNED"));
        file(merchant, "LISTING_DECISION", decision.reviewId()).statusCode(409)
                .body("type", equalTo("urn:livecommerce:problem:already-overturned"));
        decide(UUID.randomUUID().toString(), "UPHELD", "no such appeal").statusCode(404);
    }

    @Test
    void badRequestsNameTheirFields() {
        Map<String, Object> body = new HashMap<>(appeal("LISTING_DECISION", UUID.randomUUID()));
        body.put("evidence", List.of(Map.of(), Map.of("url", "ftp://example.com/x.pdf")));
        body.put("statement", "");
        given().contentType(JSON).header("X-Merchant-Id", "m-1").header("Idempotency-Key", "k-1").body(body)
                .post("/appeals").then().statusCode(400)
                .body("errors.field", hasItem("statement"))
                .body("errors.field", hasItem("evidence[0].urlOrNote"))
                .body("errors.field", hasItem("evidence[1].url"));
        given().contentType(JSON).header("X-Merchant-Id", "m-1").body(appeal("PENALTY", UUID.randomUUID()))
                .post("/appeals").then().statusCode(400)
                .body("errors.field", hasItem("idempotencyKey"));
        given().contentType(JSON).header("X-Reviewer-Id", REVIEWER)
                .body(Map.of("outcome", "MAYBE", "reason", "x"))
                .post("/appeals/" + UUID.randomUUID() + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        given().contentType(JSON).body(Map.of("outcome", "UPHELD", "reason", "x"))
                .post("/appeals/" + UUID.randomUUID() + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("reviewerId"));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAppealAndPublishesOnce() {
        String merchant = newMerchant();
        Decision decision = Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 2));
        publishAndSettle(broker, decision);
        String key = UUID.randomUUID().toString();

        String first = file(merchant, key, appeal("LISTING_DECISION", decision.reviewId())).statusCode(201)
                .extract().path("appealId");
        String again = file(merchant, key, appeal("LISTING_DECISION", decision.reviewId())).statusCode(201)
                .extract().path("appealId");
        Map<String, Object> other = new HashMap<>(appeal("LISTING_DECISION", decision.reviewId()));
        other.put("statement", "another statement");
        file(merchant, key, other).statusCode(422)
                .body("type", equalTo("urn:livecommerce:problem:idempotency-key-reused"));

        assertEquals(first, again);
        assertEquals(1L, count("select count(*) from outbox_event where topic = 'appeal-filed' and record_key = ?1",
                merchant));
    }

    @Test
    void reviewersSeeOpenAppealsOldestFirstAndOverdueOnesAreListedAndCounted() {
        String merchant = newMerchant();
        Decision a = Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 1));
        Decision b = Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 1));
        publishAndSettle(broker, a);
        publishAndSettle(broker, b);
        String older = file(merchant, "LISTING_DECISION", a.reviewId()).statusCode(201).extract().path("appealId");
        String newer = file(merchant, "LISTING_DECISION", b.reviewId()).statusCode(201).extract().path("appealId");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update appeal set decision_due_at = now() - interval '1 hour' where id = ?1")
                .setParameter(1, UUID.fromString(older)).executeUpdate());

        given().get("/appeals?status=OPEN&merchantId=" + merchant).then().statusCode(200)
                .body("appealId", equalTo(List.of(older, newer)));
        given().get("/appeals?overdue=true&merchantId=" + merchant).then().statusCode(200)
                .body("appealId", equalTo(List.of(older)))
                .body("[0].overdue", equalTo(true));
        given().get("/appeals/" + newer).then().statusCode(200).body("overdue", equalTo(false));
        given().get("/appeals?limit=100000").then().statusCode(400);

        overdueGauge.count();
        assertTrue(meters.find(OverdueAppealsGauge.OVERDUE).gauge().value() >= 1);
        assertTrue(given().get("/q/metrics").then().extract().asString().contains("governance_appeals_overdue"));
    }

    // ------------------------------------------------------------------ helpers

    /** A merchant at LISTING_RESTRICTED (12 points) whose last 3 points come from a real, intercepted listing. */
    private record RealInterception(String merchant, UUID listingId, UUID reviewId, String penaltyId) {
    }

    private RealInterception penalizedByARealListing() {
        String merchant = newMerchant();
        publishAndSettle(broker, Decision.intercepted(merchant, new Finding("prohibited-goods", 4, 9)));
        UUID listingId = Api.submitted(merchant, "全网最好的面霜");
        UUID reviewId = UUID.fromString(Api.awaitDecision(listingId).body("status", equalTo("INTERCEPTED"))
                .extract().path("decision.reviewId"));
        JsonPath standing = awaitDecisionOnFile(merchant, reviewId);
        assertEquals("LISTING_RESTRICTED", standing.getString("level"));
        return new RealInterception(merchant, listingId, reviewId, standing.getString("activePenalties[0].penaltyId"));
    }

    private void assertNothingChanged(RealInterception case1, String appealId) {
        given().get("/appeals/" + appealId).then().body("status", equalTo("OPEN")).body("overturn", equalTo(null));
        given().get("/listings/" + case1.listingId).then().body("status", equalTo("INTERCEPTED"));
        JsonPath standing = standing(case1.merchant);
        assertEquals("LISTING_RESTRICTED", standing.getString("level"));
        assertEquals(12, standing.getInt("activePoints"));
        assertEquals("ACTIVE", violationStatus(standing, case1.reviewId));
        assertEquals(List.of(case1.penaltyId), standing.getList("activePenalties.penaltyId"));
        assertEquals(List.of(), ruleOutcomes(appealId));
        assertEquals(0L, count("select count(*) from outbox_event where topic = 'appeal-decided' "
                + "and record_key = ?1", case1.merchant));
    }

    private static Map<String, Object> appeal(String targetType, UUID targetId) {
        return Map.of("targetType", targetType, "targetId", targetId.toString(),
                "statement", "“最好”是本店注册商标“最好牌”的一部分，不是绝对化用语。",
                "evidence", List.of(Map.of("url", "https://evidence.example.com/tm-certificate.pdf",
                        "note", "商标注册证第12345678号"), Map.of("note", "商标局公告截图")));
    }

    private static ValidatableResponse file(String merchant, String targetType, UUID targetId) {
        return file(merchant, UUID.randomUUID().toString(), appeal(targetType, targetId));
    }

    private static ValidatableResponse file(String merchant, String key, Map<String, Object> body) {
        return given().contentType(JSON).header("X-Merchant-Id", merchant).header("Idempotency-Key", key)
                .body(body).post("/appeals").then();
    }

    private static ValidatableResponse decide(String appealId, String outcome, String reason) {
        return given().contentType(JSON).header("X-Reviewer-Id", REVIEWER)
                .body(Map.of("outcome", outcome, "reason", reason))
                .post("/appeals/" + appealId + "/decision").then();
    }

    private static String violationStatus(JsonPath standing, UUID reviewId) {
        return standing.getString("violations.find { it.reviewId == '" + reviewId + "' }.status");
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> ruleOutcomes(String appealId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery(
                "select rule_id, rule_version, outcome from rule_appeal_outcome where appeal_id = ?1 "
                        + "order by rule_id")
                .setParameter(1, UUID.fromString(appealId)).getResultList()).stream()
                .map(r -> List.<Object>of(r[0], ((Number) r[1]).intValue(), r[2])).toList());
    }

    private void awaitPublished(String merchant) {
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from outbox_event "
                + "where record_key = ?1 and published_at is null", merchant) == 0);
    }

    private void assertValid(String event, JsonNode record) {
        assertEquals(List.of(), schemas.violations(event, record), event + " breaks its schema");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
