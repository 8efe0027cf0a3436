package dev.livecommerce.governance.reviewqueue;

import static dev.livecommerce.governance.Api.JSON;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.livecommerce.governance.Api;
import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.governance.events.ListingSubmitted;
import dev.livecommerce.governance.listing.Category;
import dev.livecommerce.governance.listing.Listing;
import dev.livecommerce.governance.listing.ListingDecisions;
import dev.livecommerce.governance.listing.ListingReview;
import dev.livecommerce.governance.review.DecidedBy;
import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.governance.review.ReviewDecision;
import dev.livecommerce.governance.review.RuleRef;
import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.Violation;
import dev.livecommerce.governance.review.ViolationType;
import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.testing.ContractExamples;
import dev.livecommerce.kit.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The queue on the real broker and database: how it is fed, how leases hold, and what a decision publishes. */
@QuarkusTest
class ReviewQueueTest {

    private static final RuleRef STOLEN_IMAGE_RULE = new RuleRef("original-image-protection", 2, Severity.HIGH, 6,
            "《平台原创图片保护规则》第五条");

    @Inject
    ReviewQueueService queue;
    @Inject
    ListingDecisions decisions;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    private final EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
    private final TopicRecords broker = Api.broker();

    @Test
    void aManualReviewDecisionBecomesOneItemWithItsReasonsHoweverOftenItIsDelivered() {
        ObjectNode event = manualReviewEvent(OffsetDateTime.now(ZoneOffset.UTC));
        UUID listingId = UUID.fromString(event.at("/data/listingId").asText());
        byte[] bytes = bytes(event);
        broker.send("listing-reviewed", listingId.toString(), bytes, Map.of());
        broker.send("listing-reviewed", listingId.toString(), bytes, Map.of());
        // The same decision republished under a new event id is still the same decision.
        ObjectNode republished = event.deepCopy();
        republished.put("id", UUID.randomUUID().toString());
        broker.send("listing-reviewed", listingId.toString(), bytes(republished), Map.of());
        ObjectNode later = manualReviewEvent(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1));
        later.put("subject", listingId.toString());
        ((ObjectNode) later.get("data")).put("listingId", listingId.toString());
        broker.send("listing-reviewed", listingId.toString(), bytes(later), Map.of());
        UUID laterReviewId = UUID.fromString(later.at("/data/reviewId").asText());
        awaitItem(listingId, laterReviewId);

        assertEquals(1L, count("select count(*) from review_queue_item where listing_id = ?1 and review_id = ?2",
                listingId, UUID.fromString(event.at("/data/reviewId").asText())));
        assertEquals(1L, count("select count(*) from inbox_event where consumer = 'review-queue' and event_id = ?1",
                UUID.fromString(event.get("id").asText())));
        UUID itemId = itemOf(listingId, UUID.fromString(event.at("/data/reviewId").asText()));
        given().get("/review-queue/" + itemId).then().statusCode(200)
                // A later decision on the same listing replaced it.
                .body("status", equalTo("SUPERSEDED"));
        given().get("/review-queue/" + itemOf(listingId, laterReviewId)).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("reasons[0].ruleId", equalTo("original-image-protection"))
                .body("reasons[0].points", equalTo(6))
                .body("lease.state", equalTo("FREE"));
    }

    @Test
    void theContractsManualReviewExampleIsQueuedAndTheOtherOutcomesAreNot() {
        for (byte[] example : ContractExamples.valid("listing-reviewed")) {
            JsonNode event = json(example);
            broker.send("listing-reviewed", event.get("subject").asText(), example, Map.of());
        }
        for (byte[] example : ContractExamples.valid("listing-reviewed")) {
            JsonNode data = json(example).get("data");
            UUID listingId = UUID.fromString(data.get("listingId").asText());
            UUID reviewId = UUID.fromString(data.get("reviewId").asText());
            if (data.get("outcome").asText().equals("MANUAL_REVIEW")) {
                awaitItem(listingId, reviewId);
            } else {
                awaitApplied(json(example).get("id").asText());
                assertEquals(0L, count("select count(*) from review_queue_item where review_id = ?1", reviewId));
            }
        }
    }

    @Test
    void twoReviewersNeverClaimTheSameItem() throws Exception {
        int itemCount = 24;
        int reviewerCount = 6;
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        List<UUID> ours = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            ours.add(sendManualReview(base.plusSeconds(i), UUID.randomUUID()));
        }
        List<UUID> itemIds = ours.stream().map(this::awaitItem).toList();

        Map<UUID, String> holders = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<UUID> claimed = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(reviewerCount);
        ExecutorService reviewers = Executors.newFixedThreadPool(reviewerCount);
        List<Future<?>> done = new ArrayList<>();
        for (int r = 0; r < reviewerCount; r++) {
            String reviewer = "reviewer-" + r;
            done.add(reviewers.submit(() -> {
                start.await();
                // Each claim under a new reviewer id: nobody may be handed an item another one holds.
                for (int n = 0;; n++) {
                    String claimant = reviewer + "-" + n;
                    Optional<QueueItemView> item = queue.claimNext(claimant);
                    if (item.isEmpty()) {
                        return null;
                    }
                    claimed.add(item.get().id());
                    holders.put(item.get().id(), claimant);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        reviewers.shutdown();

        List<UUID> all = List.copyOf(claimed);
        Set<UUID> distinct = new HashSet<>(all);
        assertEquals(distinct.size(), all.size(), (all.size() - distinct.size()) + " of " + all.size()
                + " claims handed out an item another reviewer already held");
        assertTrue(all.containsAll(itemIds), "every free item was claimed");
        for (UUID itemId : itemIds) {
            assertEquals(1L, count("select count(*) from review_queue_item where id = ?1 and claimed_by = ?2 "
                    + "and lease_expires_at > now()", itemId, holders.get(itemId)), "held by whom it was handed to");
        }
    }

    @Test
    void claimingHandsOutTheOldestFreeItemWithAFiveMinuteLease() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID older = awaitItem(sendManualReview(now.minusMinutes(20), UUID.randomUUID()));
        UUID newer = awaitItem(sendManualReview(now.minusMinutes(10), UUID.randomUUID()));

        List<String> listed = given().queryParam("limit", 500).get("/review-queue").then().statusCode(200)
                .extract().path("id");
        assertTrue(listed.indexOf(older.toString()) < listed.indexOf(newer.toString()), "oldest first");

        // Claim until ours come up: every item handed out before is at least as old.
        List<OffsetDateTime> handedOut = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        while (!seen.contains(older) || !seen.contains(newer)) {
            ValidatableResponse claim = claimNext("ann").statusCode(200);
            seen.add(UUID.fromString(claim.extract().path("id")));
            handedOut.add(OffsetDateTime.parse(claim.extract().path("queuedAt")));
        }
        List<OffsetDateTime> sorted = handedOut.stream().sorted().toList();
        assertEquals(sorted, handedOut, "handed out oldest first");

        ValidatableResponse item = given().get("/review-queue/" + older).then()
                .body("lease.state", equalTo("HELD"))
                .body("lease.reviewerId", equalTo("ann"));
        OffsetDateTime claimedAt = OffsetDateTime.parse(item.extract().path("lease.claimedAt"));
        OffsetDateTime expiresAt = OffsetDateTime.parse(item.extract().path("lease.expiresAt"));
        assertEquals(Duration.ofSeconds(300), Duration.between(claimedAt, expiresAt));
    }

    @Test
    void aLapsedLeaseFreesTheItemForAnotherReviewer() {
        UUID item = awaitItem(sendManualReview(OffsetDateTime.now(ZoneOffset.UTC), UUID.randomUUID()));
        act(item, "claim", "ann").statusCode(200);
        act(item, "claim", "bob").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:item-claimed"));

        lapseLease(item);
        given().get("/review-queue/" + item).then().body("lease.state", equalTo("EXPIRED"));

        act(item, "claim", "bob").statusCode(200).body("lease.reviewerId", equalTo("bob"));
        act(item, "renew", "ann").statusCode(409).body("type", equalTo("urn:livecommerce:problem:item-not-claimed"));
        act(item, "release", "ann").statusCode(409);
        act(item, "renew", "bob").statusCode(200).body("lease.state", equalTo("HELD"));
        act(item, "release", "bob").statusCode(200).body("lease.state", equalTo("FREE"));
        act(item, "claim", "ann").statusCode(200).body("lease.reviewerId", equalTo("ann"));
    }

    @Test
    void decidingWithoutARunningLeaseIsAConflict() {
        UUID listingId = listingInManualReview("m-rq-1");
        UUID item = awaitItem(listingId);

        decide(item, "ann", "APPROVE").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:item-not-claimed"));
        act(item, "claim", "ann").statusCode(200);
        decide(item, "bob", "APPROVE").statusCode(409);
        lapseLease(item);
        decide(item, "ann", "APPROVE").statusCode(409)
                .body("type", equalTo("urn:livecommerce:problem:lease-expired"));

        assertEquals(1L, count("select count(*) from listing_review where listing_id = ?1", listingId));
        given().get("/listings/" + listingId).then().body("status", equalTo("MANUAL_REVIEW"));
    }

    @Test
    void aDecisionIsANewReviewAndAListingReviewedEventThatMatchesTheContract() {
        UUID listingId = listingInManualReview("m-rq-2");
        UUID item = awaitItem(listingId);
        UUID manualReviewId = UUID.fromString(given().get("/review-queue/" + item).then().extract().path("reviewId"));
        act(item, "claim", "ann").statusCode(200);

        String decisionReviewId = decide(item, "ann", "INTERCEPT").statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.verdict", equalTo("INTERCEPT"))
                .body("decision.reviewerId", equalTo("ann"))
                .body("lease.state", equalTo("FREE"))
                .extract().path("decision.reviewId");

        given().get("/listings/" + listingId).then().body("status", equalTo("INTERCEPTED"));
        assertEquals(1L, count("select count(*) from listing_review where id = ?1 and decided_by = 'REVIEWER' "
                + "and reviewer_id = 'ann' and outcome = 'INTERCEPTED'", UUID.fromString(decisionReviewId)));

        await().atMost(Duration.ofSeconds(15)).until(() -> reviewedEvents(listingId).size() == 2);
        List<TopicRecords.Received> events = reviewedEvents(listingId);
        for (TopicRecords.Received record : events) {
            assertEquals(List.of(), schemas.violations("listing-reviewed", json(record.value())));
        }
        JsonNode decision = json(events.get(1).value()).get("data");
        assertEquals(decisionReviewId, decision.get("reviewId").asText());
        assertEquals("INTERCEPTED", decision.get("outcome").asText());
        assertEquals("REVIEWER", decision.get("decidedBy").asText());
        assertEquals("ann", decision.get("reviewerId").asText());
        assertEquals("STOLEN_IMAGE", decision.at("/violations/0/type").asText());
        assertEquals(manualReviewId.toString(), json(events.get(0).value()).at("/data/reviewId").asText());

        // A retried decision answers the recorded one; another verdict on the closed item is refused.
        decide(item, "ann", "INTERCEPT").statusCode(200).body("decision.reviewId", equalTo(decisionReviewId));
        decide(item, "ann", "APPROVE").statusCode(409).body("type", equalTo("urn:livecommerce:problem:item-closed"));
        assertEquals(2L, count("select count(*) from listing_review where listing_id = ?1", listingId));
        awaitApplied(json(events.get(1).value()).get("id").asText());
        given().get("/review-queue/" + item).then().body("status", equalTo("DECIDED"));
    }

    @Test
    void aListingTheRulesQueueIsApprovedThroughTheQueue() {
        String merchant = "m-rq-" + UUID.randomUUID().toString().substring(0, 8);
        // Three interceptions (3 points each) give the merchant a risk record: its next listing goes to a human.
        for (int i = 0; i < 3; i++) {
            Api.awaitDecision(Api.submitted(merchant, "全网最好的面霜 " + i)).body("status", equalTo("INTERCEPTED"));
        }
        UUID listingId = Api.submitted(merchant, "保湿面霜 50ml 温和不刺激");
        Api.awaitDecision(listingId).body("status", equalTo("MANUAL_REVIEW"));

        UUID item = awaitItem(listingId);
        given().get("/review-queue/" + item).then()
                .body("merchantId", equalTo(merchant))
                .body("reasons.type", hasItem("MERCHANT_RISK"));
        act(item, "claim", "ann").statusCode(200);
        decide(item, "ann", "APPROVE").statusCode(200).body("status", equalTo("DECIDED"));

        given().get("/listings/" + listingId).then()
                .body("status", equalTo("APPROVED"))
                .body("decision.decidedBy", equalTo("REVIEWER"));
    }

    @Test
    void aDecisionNeedsAVerdictAndANote() {
        UUID item = awaitItem(sendManualReview(OffsetDateTime.now(ZoneOffset.UTC), UUID.randomUUID()));
        given().contentType(JSON).header(ReviewQueueResource.REVIEWER_HEADER, "ann")
                .body(Map.of("decision", "MAYBE", "note", "x"))
                .post("/review-queue/" + item + "/decision")
                .then().statusCode(400).body("errors[0].field", equalTo("decision"));
        given().contentType(JSON).header(ReviewQueueResource.REVIEWER_HEADER, "ann")
                .body(Map.of("decision", "APPROVE", "note", " "))
                .post("/review-queue/" + item + "/decision")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        given().post("/review-queue/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("reviewerId"));
        act(UUID.randomUUID(), "claim", "ann").statusCode(404);
    }

    @Test
    void theQueueReportsItsSizeAgeAndTimeToDecision() {
        UUID item = awaitItem(listingInManualReview("m-rq-3"));
        act(item, "claim", "ann").statusCode(200);
        decide(item, "ann", "APPROVE").statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        double size = metric(metrics, "governance_review_queue_size");
        double age = metric(metrics, "governance_review_queue_oldest_age_seconds");
        assertEquals(count("select count(*) from review_queue_item where status = 'OPEN'"), (long) size);
        assertTrue(size == 0 ? age == 0 : age > 0, "age " + age + " for size " + size);
        assertTrue(metric(metrics, "governance_review_queue_time_to_decision_seconds_count") >= 1);
        assertFalse(metrics.contains("governance_review_queue_size NaN"));
    }

    @Test
    void anEditReReviewedSupersedesTheWaitingItem() {
        UUID listingId = UUID.randomUUID();
        OffsetDateTime queuedAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        UUID item = awaitItem(sendManualReview(queuedAt, listingId));
        act(item, "claim", "ann").statusCode(200);

        ObjectNode edit = manualReviewEvent(queuedAt.plusMinutes(1));
        ObjectNode data = (ObjectNode) edit.get("data");
        data.put("listingId", listingId.toString());
        data.put("revision", 3);
        data.put("outcome", "APPROVED");
        data.putArray("violations");
        edit.put("subject", listingId.toString());
        broker.send("listing-reviewed", listingId.toString(), bytes(edit), Map.of());
        awaitApplied(edit.get("id").asText());

        given().get("/review-queue/" + item).then().body("status", equalTo("SUPERSEDED"))
                .body("decision", nullValue());
        decide(item, "ann", "APPROVE").statusCode(409).body("detail", containsString("SUPERSEDED"));
    }

    @Test
    void aDecisionRefusedAsSupersededClosesTheItemThoughNoLaterEventReachesTheQueue() {
        UUID listingId = listingInManualReview("m-rq-9");
        UUID item = awaitItem(listingId);
        act(item, "claim", "ann").statusCode(200);
        // The listing is decided again, and the queue never hears of it.
        QuarkusTransaction.requiringNew().run(() -> decisions.record(Listing.findById(listingId),
                new ReviewDecision(Outcome.APPROVED, List.of()), DecidedBy.RULES, null, null,
                OffsetDateTime.now(ZoneOffset.UTC)));

        decide(item, "ann", "APPROVE").statusCode(409)
                .body("type", equalTo("urn:livecommerce:problem:review-superseded"));

        given().get("/review-queue/" + item).then().body("status", equalTo("SUPERSEDED"))
                .body("decision", nullValue())
                .body("lease.state", equalTo("FREE"));
        assertEquals(0L, count("select count(*) from review_queue_item where listing_id = ?1 and status = 'OPEN'",
                listingId));
        assertEquals(2L, count("select count(*) from listing_review where listing_id = ?1", listingId),
                "the refused decision wrote no review");
        decide(item, "ann", "APPROVE").statusCode(409).body("detail", containsString("SUPERSEDED"));
    }

    // ------------------------------------------------------------------ helpers

    /** A listing the rules sent to manual review, recorded and announced as the review pipeline does. */
    private UUID listingInManualReview(String merchantId) {
        UUID listingId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            Listing listing = decisions.adopt(new ListingSubmitted(listingId, 1, merchantId, "纯棉儿童T恤 原创设计",
                    "A 类婴幼儿标准", Category.APPAREL, 5900, now));
            ReviewDecision decision = new ReviewDecision(Outcome.MANUAL_REVIEW,
                    List.of(Violation.withoutSpan(STOLEN_IMAGE_RULE, ViolationType.STOLEN_IMAGE)));
            ListingReview review = decisions.record(listing, decision, DecidedBy.RULES, null, null, now);
            outbox.publish(ListingReviewed.NAME, listingId.toString(), new ListingReviewed(listingId, review.id,
                    review.revision, merchantId, Outcome.MANUAL_REVIEW, DecidedBy.RULES, null,
                    decision.violations(), now));
        });
        return listingId;
    }

    /** Sends a MANUAL_REVIEW decision (the contract example, fresh ids) straight to the topic. */
    private UUID sendManualReview(OffsetDateTime reviewedAt, UUID listingId) {
        ObjectNode event = manualReviewEvent(reviewedAt);
        event.put("subject", listingId.toString());
        ((ObjectNode) event.get("data")).put("listingId", listingId.toString());
        broker.send("listing-reviewed", listingId.toString(), bytes(event), Map.of());
        return listingId;
    }

    private ObjectNode manualReviewEvent(OffsetDateTime reviewedAt) {
        ObjectNode event = (ObjectNode) ContractExamples.valid("listing-reviewed").stream().map(this::json)
                .filter(e -> e.at("/data/outcome").asText().equals("MANUAL_REVIEW")).findFirst().orElseThrow()
                .deepCopy();
        String listingId = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", listingId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("listingId", listingId);
        data.put("reviewId", UUID.randomUUID().toString());
        data.put("reviewedAt", reviewedAt.toInstant().toString());
        return event;
    }

    /** Waits for the listing's open item and returns its id. */
    private UUID awaitItem(UUID listingId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from review_queue_item where listing_id = ?1 and status = 'OPEN'", listingId) == 1);
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from review_queue_item where listing_id = ?1 and status = 'OPEN'")
                .setParameter(1, listingId).getSingleResult());
    }

    private void awaitItem(UUID listingId, UUID reviewId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from review_queue_item where listing_id = ?1 and review_id = ?2", listingId,
                reviewId) == 1);
    }

    private UUID itemOf(UUID listingId, UUID reviewId) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from review_queue_item where listing_id = ?1 and review_id = ?2")
                .setParameter(1, listingId).setParameter(2, reviewId).getSingleResult());
    }

    private void awaitApplied(String eventId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from inbox_event where consumer = 'review-queue' and event_id = ?1",
                UUID.fromString(eventId)) == 1);
    }

    private void lapseLease(UUID item) {
        // The lease's five minutes pass.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update review_queue_item set lease_expires_at = now() - interval '1 second' where id = ?1")
                .setParameter(1, item).executeUpdate());
    }

    private List<TopicRecords.Received> reviewedEvents(UUID listingId) {
        return broker.readAll("listing-reviewed").stream().filter(r -> listingId.toString().equals(r.key()))
                .toList();
    }

    private static ValidatableResponse claimNext(String reviewerId) {
        return given().header(ReviewQueueResource.REVIEWER_HEADER, reviewerId)
                .post("/review-queue/claims").then();
    }

    /** A claim, renewal or release: a POST without a body. */
    private static ValidatableResponse act(UUID item, String action, String reviewerId) {
        return given().header(ReviewQueueResource.REVIEWER_HEADER, reviewerId)
                .post("/review-queue/" + item + "/" + action).then();
    }

    private static ValidatableResponse decide(UUID item, String reviewerId, String verdict) {
        return given().contentType(JSON).header(ReviewQueueResource.REVIEWER_HEADER, reviewerId)
                .body(Map.of("decision", verdict, "note", "原图来自其他商家店铺，盗图属实"))
                .post("/review-queue/" + item + "/decision").then();
    }

    private static double metric(String exposition, String name) {
        return exposition.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{")).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError(name + " not exposed"));
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

    private byte[] bytes(JsonNode event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode json(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
